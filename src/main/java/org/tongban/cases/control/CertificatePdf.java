package org.tongban.cases.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.tongban.cases.entity.Certificate;

/**
 * Draws a certificate as a one-page A4 PDF, Chinese first with English beneath: item, holder,
 * issuing office, validity, the verification code and a QR code of the verification address.
 * The Chinese text uses the standard Adobe CJK font STSong-Light, which every PDF reader supplies,
 * so no font file has to ship with the portal.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CertificatePdf() {
    }

    public static byte[] draw(Certificate c, String officeZh, String officeEn, String verificationUrl) {
        try {
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(cjk, 24, Font.BOLD);
            Font subtitle = new Font(cjk, 13);
            Font label = new Font(cjk, 10);
            Font value = new Font(cjk, 12);
            Font small = new Font(cjk, 9);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 64, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(c.itemNameZh() + " 电子证照 / Electronic certificate");
            document.addCreator("Tongban");
            document.open();

            Paragraph heading = new Paragraph("电子证照", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph headingEn = new Paragraph("Electronic certificate", subtitle);
            headingEn.setAlignment(Element.ALIGN_CENTER);
            headingEn.setSpacingAfter(24);
            document.add(headingEn);

            PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
            table.setWidthPercentage(100);
            Map<String, String[]> rows = new java.util.LinkedHashMap<>();
            rows.put("事项 / Service", new String[] {c.itemNameZh(), c.itemNameEn() + " (" + c.itemCode() + ")"});
            rows.put("持证人 / Holder", new String[] {c.holderName(), c.holderIdMasked()});
            rows.put("发证机关 / Issued by", new String[] {officeZh, officeEn});
            rows.put("发证日期 / Issued on", new String[] {DAY.format(c.issuedOn()), ""});
            rows.put("有效期至 / Valid until", new String[] {c.validUntil() == null ? "长期有效" : DAY.format(c.validUntil()),
                    c.validUntil() == null ? "No expiry" : ""});
            rows.put("核验码 / Verification code", new String[] {c.verificationCode(), ""});
            for (var row : rows.entrySet()) {
                PdfPCell name = new PdfPCell(new Phrase(row.getKey(), label));
                name.setPadding(8);
                name.setBorderColor(java.awt.Color.LIGHT_GRAY);
                table.addCell(name);
                Phrase text = new Phrase(row.getValue()[0], value);
                if (!row.getValue()[1].isEmpty()) {
                    text.add(new Phrase("\n" + row.getValue()[1], small));
                }
                PdfPCell content = new PdfPCell(text);
                content.setPadding(8);
                content.setBorderColor(java.awt.Color.LIGHT_GRAY);
                table.addCell(content);
            }
            document.add(table);

            Paragraph verify = new Paragraph("扫描二维码或访问下方地址核验本证照 / Scan the code or open the address below to verify",
                    small);
            verify.setSpacingBefore(24);
            document.add(verify);
            document.add(new Paragraph(verificationUrl, small));
            drawQr(writer.getDirectContent(), verificationUrl, document.right() - 130, document.bottom() + 10, 130);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException | WriterException e) {
            throw new IllegalStateException("certificate could not be drawn", e);
        }
    }

    /** The QR code as filled squares: sharp at any zoom, no image library needed. */
    private static void drawQr(PdfContentByte canvas, String text, float x, float y, float size) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
