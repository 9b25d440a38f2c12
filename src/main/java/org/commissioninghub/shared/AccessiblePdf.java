package org.commissioninghub.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a report's XHTML as a tagged PDF (PDF/UA): headings, tables and lists become structure a
 * screen reader can follow, the document's language and title are set, and the fonts are embedded
 * (DejaVu Sans, shipped with the product, so the PDF looks the same on any machine).
 */
public final class AccessiblePdf {

  private static final String FAMILY = "DejaVu Sans";

  static {
    // The renderer reports every font it loads at INFO; only its warnings are worth a log line.
    com.openhtmltopdf.util.XRLog.setLoggerImpl(
        new com.openhtmltopdf.util.JDKXRLogger(
            true,
            java.util.logging.Level.WARNING,
            new java.util.logging.ConsoleHandler(),
            new java.util.logging.SimpleFormatter()));
  }

  private AccessiblePdf() {}

  /**
   * @param xhtml a well-formed XHTML document with a {@code lang}, a {@code <title>} and styles
   *     naming the font family "DejaVu Sans"
   */
  public static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePdfUaAccessibility(true);
      builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be written", e);
    }
  }

  private static InputStream font(String file) {
    InputStream in = AccessiblePdf.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("The font /fonts/" + file + " is missing from the product");
    }
    return in;
  }
}
