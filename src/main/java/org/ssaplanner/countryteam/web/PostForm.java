package org.ssaplanner.countryteam.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ssaplanner.countryteam.PostCommand;
import org.ssaplanner.countryteam.PostKind;
import org.ssaplanner.countryteam.PostView;

/** The add/edit form of a post. */
class PostForm {

    static final String[] FIELDS = {"version", "kind", "name", "city", "agencyId"};

    private long version;

    @NotNull
    private PostKind kind;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String city;

    @NotNull
    private Long agencyId;

    static PostForm from(PostView post) {
        PostForm form = new PostForm();
        form.version = post.version();
        form.kind = post.kind();
        form.name = post.name();
        form.city = post.city();
        form.agencyId = post.agencyId();
        return form;
    }

    PostCommand toCommand() {
        return new PostCommand(kind, name, city, agencyId);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public PostKind getKind() {
        return kind;
    }

    public void setKind(PostKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }
}
