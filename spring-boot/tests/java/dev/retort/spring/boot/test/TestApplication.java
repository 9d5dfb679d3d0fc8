package dev.retort.spring.boot.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the tests start: JPA entities and repositories of this package, Retort's starter. */
@SpringBootApplication
public class TestApplication {}
