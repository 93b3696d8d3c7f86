package org.ssaplanner.reference;

public record RegionRef(long id, String name, Long parentId, String parentName) {
}
