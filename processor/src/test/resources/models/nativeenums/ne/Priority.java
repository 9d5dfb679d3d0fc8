package ne;

public enum Priority { LOW, NORMAL, URGENT }
