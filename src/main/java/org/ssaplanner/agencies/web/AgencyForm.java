package org.ssaplanner.agencies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssaplanner.agencies.AgencyCommand;
import org.ssaplanner.agencies.AgencyDetail;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.CapabilityKey;

class AgencyForm {

    static final String[] FIELDS = {"code", "name", "parentId", "kind", "hasOwnBudget", "description", "capabilities",
        "version"};

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]*$", message = "{agency.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    private Long parentId;

    @NotNull
    private AgencyKind kind;

    private boolean hasOwnBudget;

    @Size(max = 4000)
    private String description;

    private Set<String> capabilities = new LinkedHashSet<>();

    private long version;

    static AgencyForm from(AgencyDetail agency) {
        AgencyForm form = new AgencyForm();
        form.code = agency.code();
        form.name = agency.name();
        form.parentId = agency.parentId();
        form.kind = agency.kind();
        form.hasOwnBudget = agency.hasOwnBudget();
        form.description = agency.description();
        form.capabilities = agency.capabilities().stream().map(CapabilityKey::asString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        form.version = agency.version();
        return form;
    }

    AgencyCommand toCommand() {
        Set<CapabilityKey> keys = capabilities.stream().map(CapabilityKey::parse).collect(Collectors.toSet());
        return new AgencyCommand(code, name, parentId, kind, hasOwnBudget, description, keys);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public boolean isHasOwnBudget() {
        return hasOwnBudget;
    }

    public void setHasOwnBudget(boolean hasOwnBudget) {
        this.hasOwnBudget = hasOwnBudget;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<String> getCapabilities() {
        return capabilities;
    }

    public void setCapabilities(Set<String> capabilities) {
        this.capabilities = capabilities == null ? new LinkedHashSet<>() : capabilities;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
