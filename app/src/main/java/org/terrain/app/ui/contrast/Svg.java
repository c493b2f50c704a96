package org.terrain.app.ui.contrast;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The heat map and the contrast chart as SVG, written with a StAX writer (escaped, never concatenated):
 * plain rectangles and texts, one {@code rect class="cell"} per cell and one {@code rect class="bar"} per bar.
 * The colours are those of the default light theme (its accent blue and warning orange), as an image leaves
 * the theme behind.
 */
final class Svg {
    static final String NS = "http://www.w3.org/2000/svg";
    static final String ACCENT = "#0969da";
    static final String WARNING = "#9a6700";
    static final String FOREGROUND = "#1f2328";
    static final String MUTED = "#656d76";
    private static final int LABEL = 240;
    private static final int CELL_W = 96;
    private static final int CELL_H = 26;
    private static final int TOP = 60;

    private Svg() {
    }

    /** One row per code (swatch and path), one column per part; each cell shaded by its value over the largest. */
    static void heatMap(CodeTableViewModel.Grid grid, String title, Writer out) throws IOException {
        int width = LABEL + CELL_W * grid.headings().size() + 20;
        int height = TOP + CELL_H * grid.rows().size() + 20;
        try {
            XMLStreamWriter svg = start(out, width, height);
            text(svg, 10, 22, title, "start", 14, FOREGROUND);
            for (int c = 0; c < grid.headings().size(); c++) {
                text(svg, LABEL + c * CELL_W + CELL_W / 2.0, TOP - 8, grid.headings().get(c), "middle", 12,
                        FOREGROUND);
            }
            for (int r = 0; r < grid.rows().size(); r++) {
                CodeTableViewModel.GridRow row = grid.rows().get(r);
                double y = TOP + r * CELL_H;
                svg.writeEmptyElement("rect");
                svg.writeAttribute("class", "swatch");
                attributes(svg, 10, y + 7, 12, 12);
                svg.writeAttribute("fill", row.colour() == null ? MUTED : row.colour());
                text(svg, 28, y + CELL_H / 2.0 + 4, row.code(), "start", 12, FOREGROUND);
                for (int c = 0; c < row.cells().size(); c++) {
                    CodeTableViewModel.GridCell cell = row.cells().get(c);
                    double alpha = alpha(cell.share());
                    svg.writeStartElement("rect");
                    svg.writeAttribute("class", "cell");
                    attributes(svg, LABEL + c * CELL_W, y, CELL_W - 2, CELL_H - 2);
                    svg.writeAttribute("fill", ACCENT);
                    svg.writeAttribute("fill-opacity", number(alpha));
                    svg.writeStartElement("title");
                    svg.writeCharacters(cell.tooltip());
                    svg.writeEndElement();
                    svg.writeEndElement();
                    text(svg, LABEL + c * CELL_W + (CELL_W - 2) / 2.0, y + CELL_H / 2.0 + 3, cell.text(), "middle",
                            12, alpha > 0.55 ? "#ffffff" : FOREGROUND);
                }
            }
            end(svg);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The background's opacity for a value's share of the largest: none for 0, then 0.08 to 0.85. */
    static double alpha(double share) {
        return share <= 0 ? 0 : 0.08 + 0.77 * Math.min(1, share);
    }

    /**
     * The contrast chart: A's most specific terms (bars to the right, blue) then B's (to the left, orange),
     * one line per term, from a zero axis in the middle.
     */
    static void chart(List<TermRow> mostA, List<TermRow> mostB, String nameA, String nameB, Writer out)
            throws IOException {
        List<TermRow> rows = new java.util.ArrayList<>(mostA);
        rows.addAll(mostB.reversed());
        double max = rows.stream().mapToDouble(r -> Math.abs(r.score())).max().orElse(0);
        int half = 260;
        int line = 20;
        int labelWidth = 140;
        int width = labelWidth + 2 * half + 40;
        int height = TOP + line * rows.size() + 30;
        double zero = labelWidth + half + 20;
        try {
            XMLStreamWriter svg = start(out, width, height);
            text(svg, 10, 22, "A : " + nameA, "start", 13, ACCENT);
            text(svg, 10, 40, "B : " + nameB, "start", 13, WARNING);
            for (int i = 0; i < rows.size(); i++) {
                TermRow row = rows.get(i);
                double y = TOP + i * line;
                double length = max <= 0 ? 0 : half * Math.abs(row.score()) / max;
                boolean a = row.score() >= 0;
                svg.writeStartElement("rect");
                svg.writeAttribute("class", "bar");
                attributes(svg, a ? zero : zero - length, y + 2, length, line - 4);
                svg.writeAttribute("fill", a ? ACCENT : WARNING);
                svg.writeStartElement("title");
                svg.writeCharacters(row.term() + " : " + String.format(Locale.FRENCH, "%.2f", row.score()));
                svg.writeEndElement();
                svg.writeEndElement();
                text(svg, 10, y + line / 2.0 + 4, row.term(), "start", 12, FOREGROUND);
            }
            svg.writeEmptyElement("line");
            svg.writeAttribute("x1", number(zero));
            svg.writeAttribute("x2", number(zero));
            svg.writeAttribute("y1", number(TOP - 4));
            svg.writeAttribute("y2", number(TOP + line * rows.size() + 4));
            svg.writeAttribute("stroke", MUTED);
            end(svg);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static XMLStreamWriter start(Writer out, int width, int height) throws XMLStreamException {
        XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        svg.writeStartDocument("UTF-8", "1.0");
        svg.writeStartElement("svg");
        svg.writeDefaultNamespace(NS);
        svg.writeAttribute("width", Integer.toString(width));
        svg.writeAttribute("height", Integer.toString(height));
        svg.writeAttribute("viewBox", "0 0 " + width + " " + height);
        svg.writeAttribute("font-family", "sans-serif");
        return svg;
    }

    private static void end(XMLStreamWriter svg) throws XMLStreamException {
        svg.writeEndElement();
        svg.writeEndDocument();
        svg.flush();
    }

    private static void attributes(XMLStreamWriter svg, double x, double y, double w, double h)
            throws XMLStreamException {
        svg.writeAttribute("x", number(x));
        svg.writeAttribute("y", number(y));
        svg.writeAttribute("width", number(w));
        svg.writeAttribute("height", number(h));
    }

    private static void text(XMLStreamWriter svg, double x, double y, String value, String anchor, int size,
                             String fill) throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("x", number(x));
        svg.writeAttribute("y", number(y));
        svg.writeAttribute("text-anchor", anchor);
        svg.writeAttribute("font-size", Integer.toString(size));
        svg.writeAttribute("fill", fill);
        svg.writeCharacters(value);
        svg.writeEndElement();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
