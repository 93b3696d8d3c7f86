package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the IATI export tests check every file against: the official IATI 2.03 activity schema and the official
 * codelists, both vendored in the test resources (see their SOURCE.md), and XPath reading of the result.
 */
public final class IatiFiles {

    private static final String RESOURCES = "/org/ssaplanner/interchange/iati/";

    /** Each coded attribute the export writes, with the codelist its values must come from. */
    private static final Map<String, String> CODELIST_OF = Map.ofEntries(
            Map.entry("//activity-status/@code", "ActivityStatus"),
            Map.entry("//activity-date/@type", "ActivityDateType"),
            Map.entry("//participating-org/@role", "OrganisationRole"),
            Map.entry("//participating-org/@type", "OrganisationType"),
            Map.entry("//reporting-org/@type", "OrganisationType"),
            Map.entry("//recipient-country/@code", "Country"),
            Map.entry("//sector/@vocabulary", "SectorVocabulary"),
            Map.entry("//sector/@code", "Sector"),
            Map.entry("//budget/@type", "BudgetType"),
            Map.entry("//budget/@status", "BudgetStatus"),
            Map.entry("//transaction/transaction-type/@code", "TransactionType"),
            Map.entry("//iati-activity/@default-currency", "Currency"),
            Map.entry("//value/@currency", "Currency"),
            Map.entry("//result/@type", "ResultType"),
            Map.entry("//indicator/@measure", "IndicatorMeasure"));

    private static Schema schema;
    private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

    private IatiFiles() {
    }

    @FunctionalInterface
    public interface Export {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    /** The exported file, once the official schema found nothing wrong in it (else the validator's error). */
    public static Document valid(Export export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        byte[] bytes = out.toByteArray();
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** Every coded attribute holds a code of its official codelist; each activity's sector shares add up to 100. */
    public static void codesAreInTheCodelists(Document file) throws Exception {
        for (Map.Entry<String, String> attribute : CODELIST_OF.entrySet()) {
            Set<String> codes = codelist(attribute.getValue());
            assertThat(texts(file, attribute.getKey())).as(attribute.getKey())
                    .allSatisfy(code -> assertThat(codes).as(attribute.getValue()).contains(code));
        }
        NodeList activities = (NodeList) xpath().evaluate("//iati-activity", file, XPathConstants.NODESET);
        for (int i = 0; i < activities.getLength(); i++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String share : texts(activities.item(i), "sector/@percentage")) {
                sum = sum.add(new BigDecimal(share));
            }
            assertThat(sum).as("sector shares of activity %d", i).isEqualByComparingTo("100");
        }
    }

    public static String text(Node node, String expression) throws Exception {
        return xpath().evaluate(expression, node);
    }

    public static int count(Node node, String expression) throws Exception {
        return ((Number) xpath().evaluate("count(" + expression + ")", node, XPathConstants.NUMBER)).intValue();
    }

    public static List<String> texts(Node node, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(expression, node, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }

    private static synchronized Schema schema() throws Exception {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema's include and its import of xml.xsd are local files: nothing is fetched from the network
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            URL xsd = IatiFiles.class.getResource(RESOURCES + "schema-2.03/iati-activities-schema.xsd");
            schema = factory.newSchema(xsd);
        }
        return schema;
    }

    private static synchronized Set<String> codelist(String name) throws Exception {
        Set<String> known = CODELISTS.get(name);
        if (known == null) {
            try (InputStream in = IatiFiles.class.getResourceAsStream(RESOURCES + "codelists/" + name + ".xml")) {
                if (in == null) {
                    throw new IOException("no codelist " + name + " in the test resources");
                }
                known = new HashSet<>(texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in),
                        "//codelist-item/code"));
            }
            CODELISTS.put(name, known);
        }
        return known;
    }
}
