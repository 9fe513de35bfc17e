package org.tongban.catalogue.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tongban.catalogue.entity.DeltaKind;

/** The divergence table as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) or Excel. */
final class DivergenceExport {

    static final List<String> HEADER = List.of("item", "item_name_zh", "region", "region_name_zh", "deltas", "non_conforming",
            "promised_limit", "waive_material", "add_material", "fee", "extra_field");

    private DivergenceExport() {
    }

    static void csv(DivergenceRepresentation report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", HEADER) + "\r\n");
        for (DivergenceRepresentation.Row row : report.rows()) {
            writer.write(String.join(",", values(row).stream().map(DivergenceExport::csvCell).toList()) + "\r\n");
        }
        writer.flush();
    }

    static void excel(DivergenceRepresentation report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("divergence " + report.jurisdiction());
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (DivergenceRepresentation.Row row : report.rows()) {
                Row line = sheet.createRow(r++);
                List<Object> values = values(row);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        line.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        line.createCell(i).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static List<Object> values(DivergenceRepresentation.Row row) {
        return List.of(row.item(), nullToEmpty(row.itemNameZh()), row.region(), nullToEmpty(row.regionNameZh()), row.deltas(),
                row.nonConforming(), kind(row, DeltaKind.PROMISED_LIMIT), kind(row, DeltaKind.WAIVE_MATERIAL),
                kind(row, DeltaKind.ADD_MATERIAL), kind(row, DeltaKind.FEE), kind(row, DeltaKind.EXTRA_FIELD));
    }

    private static long kind(DivergenceRepresentation.Row row, DeltaKind kind) {
        return row.byKind().getOrDefault(kind, 0L);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Quotes when needed, and defuses cells a spreadsheet would run as a formula. */
    static String csvCell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
