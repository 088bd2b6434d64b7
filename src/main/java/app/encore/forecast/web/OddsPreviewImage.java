package app.encore.forecast.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The picture a chat app or a social network shows for a pasted show link: 1200 × 630 px (the size
 * Open Graph and Twitter cards use), the show's title, the question, the crowd odds large with their
 * label, and the forecasters. Drawn with Java 2D in Encore's colours, with the system's sans-serif
 * font (on Debian, Noto Sans CJK draws Korean titles).
 */
final class OddsPreviewImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final Color PAGE = new Color(0x1f1147);
    private static final Color CARD = new Color(0x2e1a6b);
    private static final Color INK = Color.WHITE;
    private static final Color MUTED = new Color(0xd8d0f5);
    private static final Color ACCENT = new Color(0xfcd34d);

    private OddsPreviewImage() {
    }

    static byte[] draw(String title, String question, OddsFigures figures, String brand) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAGE);
            g.fillRect(0, 0, WIDTH, HEIGHT);

            int margin = 72;
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
            g.drawString(question, margin, 110);

            g.setColor(INK);
            Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 68);
            g.setFont(titleFont);
            List<String> titleLines = wrap(title, g.getFontMetrics(), WIDTH - 2 * margin, 2);
            int y = titleLines.size() == 1 ? 230 : 200;
            for (String line : titleLines) {
                g.drawString(line, margin, y);
                y += 80;
            }

            int cardTop = 350;
            g.setColor(CARD);
            g.fill(new RoundRectangle2D.Float(margin - 24, cardTop, WIDTH - 2 * margin + 48, 190, 36, 36));
            g.setColor(ACCENT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, figures.official() ? 84 : 132));
            String big = figures.official() ? figures.label() : figures.percent();
            g.drawString(big, margin, cardTop + (figures.official() ? 125 : 145));
            int textLeft = margin + g.getFontMetrics().stringWidth(big) + 48;
            if (!figures.official()) {
                g.setColor(INK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 46));
                drawFitting(g, figures.label(), textLeft, cardTop + 85, WIDTH - margin - textLeft);
                g.setColor(MUTED);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
                drawFitting(g, figures.detail(), textLeft, cardTop + 140, WIDTH - margin - textLeft);
            }

            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
            g.drawString(brand, margin, HEIGHT - 36);
        } finally {
            g.dispose();
        }
        var png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void drawFitting(Graphics2D g, String text, int x, int y, int width) {
        List<String> lines = wrap(text, g.getFontMetrics(), width, 1);
        g.drawString(lines.getFirst(), x, y);
    }

    /** Words in lines no wider than {@code width}; the last line allowed ends in "…" if cut. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.getLast();
            while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
                last = last.substring(0, last.length() - 1).stripTrailing();
            }
            kept.set(maxLines - 1, last + "…");
            return kept;
        }
        // A single word wider than the line (a long title without spaces) is cut too.
        List<String> fitted = new ArrayList<>();
        for (String kept : lines) {
            String cut = kept;
            while (cut.length() > 1 && metrics.stringWidth(cut) > width) {
                cut = cut.substring(0, cut.length() - 2) + "…";
            }
            fitted.add(cut);
        }
        return fitted;
    }
}
