package org.ssaplanner.evaluations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.ssaplanner.shared.DataSizes;

/**
 * Limits for evidence files ({@code ssa.evaluations.evidence.*}). The evidence endpoints declare them as their
 * {@link org.ssaplanner.shared.web.UploadLimit}, so that larger requests are refused before they are read and
 * their 413 page quotes this limit; each file is checked again by {@link EvaluationService}.
 */
@ConfigurationProperties("ssa.evaluations.evidence")
public record EvidenceProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5") int maxFilesPerUpload) {

    public String maxFileSizeLabel() {
        return DataSizes.label(maxFileSize);
    }
}
