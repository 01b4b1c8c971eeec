package vn.da06.workbook;

import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/** The warehouse's key for signing workbook markers, created with the schema (migration V3) and kept in the database. */
@Component
public class MarkerKey {

    private final JdbcClient jdbc;
    private volatile byte[] key;

    MarkerKey(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public byte[] bytes() {
        byte[] current = key;
        if (current == null) {
            current = jdbc.sql(SqlFiles.load("query/workbook/marker-key.sql")).query(String.class)
                    .single().getBytes(StandardCharsets.US_ASCII);
            key = current;
        }
        return current.clone();
    }
}
