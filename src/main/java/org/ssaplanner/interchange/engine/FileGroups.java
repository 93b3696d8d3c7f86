package org.ssaplanner.interchange.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ssaplanner.interchange.ImportFormat;

/**
 * The (country, fiscal year, transaction type) groups of a file, numbered as the reading thread meets them (rows
 * under the code NULL told apart by their name), so that the writing side can sum, per group, the rows it found
 * stored already and the rows it stored: what an import changed per group then needs no second pass over the rows.
 * Files are ordered by fiscal year, so the group of the previous row is remembered to spare most look-ups.
 */
final class FileGroups {

    /** One group, with the published names of its country and transaction type (the first met). */
    record Group(String countryCode, String nameKey, String label, String fiscalYear, String transactionTypeId,
            String transactionTypeName) {
    }

    private final int code;
    private final int name;
    private final int fiscalYear;
    private final int transactionType;
    private final int transactionTypeName;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private String lastCode;
    private String lastName;
    private String lastYear;
    private String lastType;
    private int last = -1;

    FileGroups(ImportFormat format) {
        this.code = format.countryCodeIndex();
        this.name = format.countryNameIndex();
        this.fiscalYear = format.fiscalYearIndex();
        this.transactionType = format.transactionTypeIndex();
        this.transactionTypeName = format.indexOf("transaction_type_name");
    }

    /** The group of an accepted row (values as published, blank = null; code and fiscal year never blank). */
    int of(String[] values) {
        String countryCode = values[code];
        String nameKey = ImportFormat.NULL_COUNTRY_CODE.equals(countryCode) ? blankAsEmpty(values[name]) : "";
        String year = values[fiscalYear];
        String type = blankAsEmpty(values[transactionType]);
        if (last >= 0 && countryCode.equals(lastCode) && nameKey.equals(lastName) && year.equals(lastYear)
                && type.equals(lastType)) {
            return last;
        }
        String key = countryCode + '\u001f' + nameKey + '\u001f' + year + '\u001f' + type;
        Integer id = ids.get(key);
        if (id == null) {
            id = groups.size();
            ids.put(key, id);
            groups.add(new Group(countryCode, nameKey, values[name], year, type, values[transactionTypeName]));
        }
        lastCode = countryCode;
        lastName = nameKey;
        lastYear = year;
        lastType = type;
        last = id;
        return id;
    }

    List<Group> groups() {
        return List.copyOf(groups);
    }

    private static String blankAsEmpty(String value) {
        return value == null ? "" : value;
    }
}
