package conv;

public enum Level { LOW, HIGH }
