package vn.da06.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.SqlFiles;

/**
 * Sets up the embedded server's role and database with {@code sql/grants.sql}, the script an administrator runs on a
 * server of their own, read as {@code psql} reads it: a statement ends with a semicolon at the end of a line,
 * {@code \connect} switches database. A role or database that exists is kept (set-up can be run again after it was
 * cut short, or on a server from a da06 before the lock-down), and then the role is given whatever it does not own
 * yet ({@code query/database/adopt-objects.sql}).
 */
final class GrantsScript {

    private static final Pattern CREATE = Pattern.compile("^CREATE (ROLE|DATABASE) (\\w+)\\b");

    /** Opens a superuser connection to a database of the server. */
    interface Connector {
        Connection connect(String database) throws SQLException;
    }

    private GrantsScript() {
    }

    static void run(Connection postgres, Connector connector) throws SQLException {
        Connection connection = postgres;
        try {
            for (String statement : statements(SqlFiles.load("grants.sql"))) {
                if (statement.startsWith("\\connect ")) {
                    if (connection != postgres) {
                        connection.close();
                    }
                    connection = connector.connect(statement.substring("\\connect ".length()).strip());
                } else if (!exists(connection, statement)) {
                    try (Statement s = connection.createStatement()) {
                        s.execute(statement);
                    }
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute(SqlFiles.load("query/database/adopt-objects.sql"));
            }
        } finally {
            if (connection != postgres) {
                connection.close();
            }
        }
    }

    /** Whether the statement creates a role or a database that is already there. */
    private static boolean exists(Connection connection, String statement) throws SQLException {
        Matcher create = CREATE.matcher(statement);
        if (!create.find()) {
            return false;
        }
        String query = create.group(1).equals("ROLE") ? "query/database/role-exists.sql" : "query/database/database-exists.sql";
        try (PreparedStatement s = connection.prepareStatement(SqlFiles.load(query))) {
            s.setString(1, create.group(2));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The script's statements and {@code \connect} lines, comments left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : script.split("\n")) {
            String code = line.replaceAll("--.*$", "").strip();
            if (code.startsWith("\\")) {
                statements.add(code);
            } else if (!code.isEmpty()) {
                current.add(code);
                if (code.endsWith(";")) {
                    statements.add(String.join("\n", current));
                    current.clear();
                }
            }
        }
        return statements;
    }
}
