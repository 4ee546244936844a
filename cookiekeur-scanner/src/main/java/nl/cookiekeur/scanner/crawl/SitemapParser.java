package nl.cookiekeur.scanner.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sitemap (sitemaps.org 0.9) a site serves: a {@code <urlset>} of pages or a {@code <sitemapindex>} of
 * further sitemaps, plain or gzip-compressed (recognised by its magic bytes). Built on the JDK's StAX parser with
 * DTDs and external entities off: a document with a {@code <!DOCTYPE>} is refused, so neither an external entity
 * (XXE) nor an entity expansion ("billion laughs") is ever resolved; the predefined entities and character
 * references are decoded (the entity for an ampersand becomes {@code &}). Bounded: at most {@link #MAX_XML_BYTES} of XML after
 * decompression, {@link #MAX_LOCATIONS} locations, each at most {@link #MAX_LOCATION_CHARS} characters. Only
 * absolute http(s) locations of the page's own site are kept; characters a URL may not carry (spaces, {@code <})
 * are percent-encoded as a browser would.
 */
public final class SitemapParser {
    /** The most XML read from one sitemap, after decompression (the protocol's own limit is 50 MB). */
    static final int MAX_XML_BYTES = 10 * 1024 * 1024;
    /** The most locations kept from one sitemap. */
    static final int MAX_LOCATIONS = 2_000;
    /** Longer locations are skipped. */
    static final int MAX_LOCATION_CHARS = 2_048;

    private static final XMLInputFactory FACTORY = factory();

    private SitemapParser() {}

    /**
     * Parses one sitemap document.
     *
     * @param body the bytes as served (gzip or plain XML in any encoding the XML declaration names)
     * @param site the registrable domain whose pages are kept, e.g. {@code bakkerij-jansen.nl}
     * @throws SitemapFormatException when the document is malformed, has a DTD, is no sitemap, or is too large
     */
    public static Sitemap parse(byte[] body, String site) {
        try (InputStream xml = xmlStream(body)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            try {
                return read(reader, site);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new SitemapFormatException("Sitemap is geen geldige XML: " + brief(e), e);
        } catch (IOException e) {
            throw new SitemapFormatException("Sitemap niet te lezen: " + brief(e), e);
        } catch (MissingResourceException e) {
            // JDK bug found by SitemapParserFuzzTest: with DTD support off, a DTD with a bad character makes
            // the parser look up an error text its resource bundle lacks ("InvalidCharInDTD")
            throw new SitemapFormatException("Sitemap met ongeldige DTD geweigerd.", e);
        }
    }

    private static Sitemap read(XMLStreamReader reader, String site) throws XMLStreamException {
        List<String> locations = new ArrayList<>();
        Boolean index = null;
        int depth = 0;
        StringBuilder loc = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new SitemapFormatException("Sitemap met DTD geweigerd.");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new SitemapFormatException("Sitemap met onbekende entiteit geweigerd.");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 1) {
                        index = root(name);
                    } else if (depth == 3 && name.equals("loc")) {
                        loc = new StringBuilder();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (loc != null && loc.length() <= MAX_LOCATION_CHARS) {
                        loc.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 3 && loc != null) {
                        location(loc.toString(), site).ifPresent(locations::add);
                        loc = null;
                        if (locations.size() >= MAX_LOCATIONS) {
                            return new Sitemap(Boolean.TRUE.equals(index), locations, true);
                        }
                    }
                    depth--;
                }
                default -> {
                    // comments, processing instructions and the document's start and end carry no locations
                }
            }
        }
        if (index == null) {
            throw new SitemapFormatException("Sitemap zonder hoofdelement.");
        }
        return new Sitemap(index, locations, false);
    }

    private static boolean root(String name) {
        return switch (name) {
            case "urlset" -> false;
            case "sitemapindex" -> true;
            default -> throw new SitemapFormatException("Geen sitemap: hoofdelement <" + shorten(name) + ">.");
        };
    }

    /** The location as an absolute http(s) URL of the site, or empty when it is none or too long. */
    static Optional<String> location(String text, String site) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LOCATION_CHARS) {
            return Optional.empty();
        }
        return WebUrl.parse(encodeIllegal(trimmed))
                .filter(url -> url.site().equals(site))
                .map(WebUrl::toString);
    }

    /** Percent-encodes what a URL may not carry literally (controls, spaces, {@code <>"{}|\^`}, non-ASCII). */
    static String encodeIllegal(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x20 && cp < 0x7f && "<>\"{}|\\^`".indexOf(cp) < 0) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
                    out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
        }
        return out.toString();
    }

    private static InputStream xmlStream(byte[] body) throws IOException {
        InputStream raw = new ByteArrayInputStream(body);
        boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        return new BoundedStream(gzip ? new GZIPInputStream(raw) : raw, MAX_XML_BYTES);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static String brief(Exception e) {
        return shorten(String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
    }

    private static String shorten(@Nullable String text) {
        String value = String.valueOf(text);
        return value.length() > 120 ? value.substring(0, 120) + "…" : value;
    }
}
