package conv;

/** An amount in cents, stored through a converter. */
public record Money(long cents) {}
