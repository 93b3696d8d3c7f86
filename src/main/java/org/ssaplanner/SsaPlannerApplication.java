package org.ssaplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SsaPlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(SsaPlannerApplication.class, args);
    }
}
