package org.ssaplanner.shared;

import org.springframework.util.unit.DataSize;

/** File sizes for people. */
public final class DataSizes {

    private DataSizes() {
    }

    /** "2 GB", "10 MB", "512 KB": the largest whole unit, else kilobytes rounded up. */
    public static String label(DataSize size) {
        long bytes = size.toBytes();
        long kb = 1024;
        long mb = kb * kb;
        long gb = mb * kb;
        if (bytes >= gb && bytes % gb == 0) {
            return bytes / gb + " GB";
        }
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return (bytes + kb - 1) / kb + " KB";
    }
}
