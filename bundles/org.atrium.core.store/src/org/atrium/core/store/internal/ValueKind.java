package org.atrium.core.store.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.atrium.core.store.Dialect.ColumnType;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** How one attribute type is bound to and read from JDBC. */
enum ValueKind {
	STRING(ColumnType.VARCHAR, Types.VARCHAR),
	INT(ColumnType.INTEGER, Types.INTEGER),
	LONG(ColumnType.BIGINT, Types.BIGINT),
	DOUBLE(ColumnType.DOUBLE, Types.DOUBLE),
	FLOAT(ColumnType.REAL, Types.REAL),
	BOOLEAN(ColumnType.BOOLEAN, Types.BOOLEAN),
	DECIMAL(ColumnType.DECIMAL, Types.DECIMAL),
	BIG_INTEGER(ColumnType.DECIMAL, Types.DECIMAL),
	LOCAL_DATE(ColumnType.DATE, Types.DATE),
	INSTANT(ColumnType.TIMESTAMP, Types.TIMESTAMP),
	DATE(ColumnType.TIMESTAMP, Types.TIMESTAMP),
	ENUM(ColumnType.VARCHAR, Types.VARCHAR),
	CONVERTED(ColumnType.VARCHAR, Types.VARCHAR);

	final ColumnType columnType;
	final int sqlType;

	ValueKind(ColumnType columnType, int sqlType) {
		this.columnType = columnType;
		this.sqlType = sqlType;
	}

	static ValueKind of(EDataType type) {
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> c = type.getInstanceClass();
		if (c == null) {
			return CONVERTED;
		}
		if (c == String.class) {
			return STRING;
		}
		if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
				|| c == Byte.class) {
			return INT;
		}
		if (c == long.class || c == Long.class) {
			return LONG;
		}
		if (c == double.class || c == Double.class) {
			return DOUBLE;
		}
		if (c == float.class || c == Float.class) {
			return FLOAT;
		}
		if (c == boolean.class || c == Boolean.class) {
			return BOOLEAN;
		}
		if (c == BigDecimal.class) {
			return DECIMAL;
		}
		if (c == BigInteger.class) {
			return BIG_INTEGER;
		}
		if (c == LocalDate.class) {
			return LOCAL_DATE;
		}
		if (c == Instant.class) {
			return INSTANT;
		}
		if (c == Date.class) {
			return DATE;
		}
		return CONVERTED;
	}

	/** Whether values read are immutable, so that equal ones may be shared. */
	boolean isImmutable() {
		return this != DATE && this != CONVERTED;
	}

	/** Timestamps are stored as UTC, whatever the zone of the machine that writes or reads them. */
	static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
	}

	/** The value as JDBC takes it, or null. */
	Object toJdbc(EDataType type, Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
		case ENUM -> value instanceof Enumerator e ? e.getName() : ((EEnumLiteral) value).getName();
		case LOCAL_DATE -> java.sql.Date.valueOf((LocalDate) value);
		case INSTANT -> Timestamp.from((Instant) value);
		case DATE -> new Timestamp(((Date) value).getTime());
		case BIG_INTEGER -> new BigDecimal((BigInteger) value);
		case INT -> ((Number) value).intValue();
		case LONG -> ((Number) value).longValue();
		case DOUBLE -> ((Number) value).doubleValue();
		case FLOAT -> ((Number) value).floatValue();
		case DECIMAL -> value instanceof BigDecimal ? value : new BigDecimal(value.toString());
		case CONVERTED -> EcoreUtil.convertToString(type, value);
		default -> value;
		};
	}

	void bind(PreparedStatement statement, int index, Object jdbcValue) throws SQLException {
		if (jdbcValue == null) {
			statement.setNull(index, sqlType);
			return;
		}
		switch (this) {
		case STRING, ENUM, CONVERTED -> statement.setString(index, (String) jdbcValue);
		case INT -> statement.setInt(index, (Integer) jdbcValue);
		case LONG -> statement.setLong(index, (Long) jdbcValue);
		case DOUBLE -> statement.setDouble(index, (Double) jdbcValue);
		case FLOAT -> statement.setFloat(index, (Float) jdbcValue);
		case BOOLEAN -> statement.setBoolean(index, (Boolean) jdbcValue);
		case DECIMAL, BIG_INTEGER -> statement.setBigDecimal(index, (BigDecimal) jdbcValue);
		case LOCAL_DATE -> statement.setDate(index, (java.sql.Date) jdbcValue);
		case INSTANT, DATE -> statement.setTimestamp(index, (Timestamp) jdbcValue, utc());
		}
	}

	/** Reads the column and converts it to the attribute's value type; null for SQL NULL. */
	Object read(ResultSet rs, int index, EDataType type) throws SQLException {
		Object value = switch (this) {
		case STRING -> rs.getString(index);
		case INT -> rs.getInt(index);
		case LONG -> rs.getLong(index);
		case DOUBLE -> rs.getDouble(index);
		case FLOAT -> rs.getFloat(index);
		case BOOLEAN -> rs.getBoolean(index);
		case DECIMAL -> normalized(rs.getBigDecimal(index));
		case BIG_INTEGER -> {
			BigDecimal d = rs.getBigDecimal(index);
			yield d == null ? null : d.toBigInteger();
		}
		case LOCAL_DATE -> {
			java.sql.Date d = rs.getDate(index);
			yield d == null ? null : d.toLocalDate();
		}
		case INSTANT -> {
			Timestamp t = rs.getTimestamp(index, utc());
			yield t == null ? null : t.toInstant();
		}
		case DATE -> {
			Timestamp t = rs.getTimestamp(index, utc());
			yield t == null ? null : new Date(t.getTime());
		}
		case ENUM -> {
			String name = rs.getString(index);
			yield name == null ? null : enumValue((EEnum) type, name);
		}
		case CONVERTED -> {
			String text = rs.getString(index);
			yield text == null ? null : EcoreUtil.createFromString(type, text);
		}
		};
		return rs.wasNull() ? null : value;
	}

	private static Object enumValue(EEnum type, String name) {
		EEnumLiteral literal = type.getEEnumLiteral(name);
		if (literal == null) {
			throw new IllegalStateException("stored value '" + name + "' is not a literal of " + type.getName());
		}
		return literal.getInstance();
	}

	private static BigDecimal normalized(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
