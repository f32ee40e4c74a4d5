import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * The suite benchmark's SQL runner (run as a source file: java -cp <postgres driver> Sql.java url user password):
 * the statements on standard input, separated by ';' at a line end, in one transaction. It seeds stored versions
 * fast without needing psql on the machine.
 */
public class Sql {
    public static void main(String[] args) throws Exception {
        String script = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines()
                .collect(Collectors.joining("\n"));
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.split(";\\s*(\n|$)")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            connection.commit();
        }
    }
}
