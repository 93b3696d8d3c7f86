package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;

class FieldErrorsTests {

    static class Form {
        private String name;
        private Integer year;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }
    }

    @Test
    void everyViolationGoesNextToItsFieldWithItsArguments() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        FieldErrors.reject(binding, new FieldValidationException(List.of(
                new Violation("name", "name.taken", "Colombia"),
                new Violation("year", "year.range", 2020, 2040))));

        assertThat(binding.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
                .containsExactly(Tuple.tuple("name", "name.taken"),
                        Tuple.tuple("year", "year.range"));
        assertThat(binding.getFieldError("year").getArguments()).containsExactly(2020, 2040);
        assertThat(binding.getGlobalErrors()).isEmpty();
    }

    @Test
    void aViolationOfNoFieldOfTheFormIsShownAtTheTopOfTheForm() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        FieldErrors.reject(binding, new FieldValidationException("status", "waiver.notPending"));

        assertThat(binding.getFieldErrors()).isEmpty();
        assertThat(binding.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("waiver.notPending");
    }

    @Test
    void theSingleViolationConstructorKeepsTheFirstViolationsAccessors() {
        FieldValidationException refusal = new FieldValidationException("name", "name.taken", "Colombia");

        assertThat(refusal.field()).isEqualTo("name");
        assertThat(refusal.messageKey()).isEqualTo("name.taken");
        assertThat(refusal.arguments()).containsExactly("Colombia");
        assertThat(refusal.violations()).containsExactly(new Violation("name", "name.taken", "Colombia"));
        assertThatThrownBy(() -> new FieldValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
