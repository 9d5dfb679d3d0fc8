package conv;

import jakarta.persistence.AttributeConverter;

public abstract class CodeConverter<E> implements AttributeConverter<E, String> {}
