package dev.retort.testing;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns a whole query result, positioned before its first row, into a value; used by {@link
 * TestDatabase#query}, which closes the result set afterwards.
 *
 * @param <T> the value made from the result
 */
@FunctionalInterface
public interface ResultSetMapper<T> {

  T map(ResultSet resultSet) throws SQLException;
}
