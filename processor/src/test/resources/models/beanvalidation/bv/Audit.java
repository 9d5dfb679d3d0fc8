package bv;

/** A validation group other than Default, which Hibernate ignores for the DDL. */
public interface Audit {}
