package org.ssaplanner.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserDetail;
import org.ssaplanner.shared.security.Role;

class UserForm {

    static final String[] FIELDS = {"username", "fullName", "email", "jobTitle", "agencyId", "roles", "version"};

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$", message = "{user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 200)
    private String jobTitle;

    @NotNull
    private Long agencyId;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private long version;

    static UserForm from(UserDetail user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email();
        form.jobTitle = user.jobTitle();
        form.agencyId = user.agencyId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.version = user.version();
        return form;
    }

    UserCommand toCommand() {
        return new UserCommand(username, fullName, email, jobTitle, agencyId, roles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
