package vn.da06.mail;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.da06.base.SqlFiles;

/** Which addresses may send each unit's workbooks (units.csv column {@code mail}, {@code da06 unit mail}). */
@Repository
class AllowedSenders {

    private final JdbcClient jdbc;

    AllowedSenders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units the address may send for (empty: a stranger). */
    List<String> unitsOf(String address) {
        return jdbc.sql(SqlFiles.load("query/mail/sender-units.sql")).param("address", normal(address))
                .query(String.class).list();
    }

    List<String> of(String unitCode) {
        return jdbc.sql(SqlFiles.load("query/mail/unit-senders.sql")).param("unit", unitCode).query(String.class).list();
    }

    /** The unit's addresses become exactly these. */
    @Transactional
    void replace(String unitCode, List<String> addresses) {
        jdbc.sql(SqlFiles.load("query/mail/sender-replace.sql")).param("unit", unitCode).update();
        for (String address : addresses) {
            jdbc.sql(SqlFiles.load("query/mail/sender-add.sql")).param("unit", unitCode).param("address", normal(address))
                    .update();
        }
    }

    static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
