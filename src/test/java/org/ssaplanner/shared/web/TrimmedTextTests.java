package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;

class TrimmedTextTests {

    @Test
    void formTextIsTrimmedAndAllBlankTextBecomesNull() {
        Form form = bind(new Form(), Map.of("name", "  Port security  ", "note", "   ", "count", " 3 "));
        assertThat(form.getName()).isEqualTo("Port security");
        assertThat(form.getNote()).isNull();
        assertThat(form.getCount()).isEqualTo(3);
    }

    @Test
    void passwordsKeepEveryCharacterTheUserTyped() {
        Form form = bind(new Form(), Map.of("currentPassword", " old secret ", "newPassword", "   "));
        assertThat(form.getCurrentPassword()).isEqualTo(" old secret ");
        assertThat(form.getNewPassword()).isEqualTo("   ");
    }

    @Test
    void aSingleRequestParameterIsLeftAsSent() {
        // @RequestParam and @PathVariable binders have no target: /login?logout must stay "", not become absent
        WebDataBinder binder = new WebDataBinder(null, "logout");
        TrimmedText.register(binder);
        assertThat(binder.convertIfNecessary("", String.class)).isEqualTo("");
        assertThat(binder.convertIfNecessary(" x ", String.class)).isEqualTo(" x ");
    }

    private <T> T bind(T target, Map<String, ?> values) {
        WebDataBinder binder = new WebDataBinder(target, "form");
        TrimmedText.register(binder);
        binder.bind(new MutablePropertyValues(values));
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        return target;
    }

    public static class Form {

        private String name;
        private String note;
        private Integer count;
        private String currentPassword;
        private String newPassword;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }
}
