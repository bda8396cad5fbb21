package fr.tierslieux.inclusion.badge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A badge's image, and the same image "baked": the signed credential written in it (an
 * {@code iTXt} chunk whose keyword is {@code openbadgecredential}, as Open Badges 3.0
 * says), so that the picture alone proves the badge. Written and read by the JDK's own
 * PNG codec.
 */
public final class ImageDuBadge {

	/** The keyword of the PNG chunk that carries an Open Badges 3.0 credential. */
	public static final String MOT_CLE = "openbadgecredential";

	private static final String FORMAT = "javax_imageio_png_1.0";

	private static final byte[] PAR_DEFAUT = dessiner();

	private ImageDuBadge() {
	}

	/** The platform's image, for a badge that has none of its own: a rosette. */
	public static byte[] parDefaut() {
		return PAR_DEFAUT.clone();
	}

	/** The image with the credential baked in. */
	public static byte[] cuire(byte[] png, String credential) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
			ImageWriteParam parametres = writer.getDefaultWriteParam();
			IIOMetadata metadonnees = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					parametres);
			IIOMetadataNode entree = new IIOMetadataNode("iTXtEntry");
			entree.setAttribute("keyword", MOT_CLE);
			entree.setAttribute("compressionFlag", "FALSE");
			entree.setAttribute("compressionMethod", "0");
			entree.setAttribute("languageTag", "");
			entree.setAttribute("translatedKeyword", "");
			entree.setAttribute("text", credential);
			IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
			itxt.appendChild(entree);
			IIOMetadataNode racine = new IIOMetadataNode(FORMAT);
			racine.appendChild(itxt);
			metadonnees.mergeTree(FORMAT, racine);
			ByteArrayOutputStream sortie = new ByteArrayOutputStream();
			try (ImageOutputStream flux = ImageIO.createImageOutputStream(sortie)) {
				writer.setOutput(flux);
				writer.write(null, new IIOImage(image, null, metadonnees), parametres);
			}
			finally {
				writer.dispose();
			}
			return sortie.toByteArray();
		}
		catch (IIOInvalidTreeException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The credential baked in a PNG, if there is one. */
	public static Optional<String> lireCuit(byte[] png) {
		try (ImageInputStream flux = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			Iterator<ImageReader> lecteurs = ImageIO.getImageReaders(flux);
			if (flux == null || !lecteurs.hasNext()) {
				return Optional.empty();
			}
			ImageReader lecteur = lecteurs.next();
			try {
				lecteur.setInput(flux);
				IIOMetadata metadonnees = lecteur.getImageMetadata(0);
				if (!Arrays.asList(metadonnees.getMetadataFormatNames()).contains(FORMAT)) {
					return Optional.empty();
				}
				NodeList entrees = ((IIOMetadataNode) metadonnees.getAsTree(FORMAT)).getElementsByTagName("iTXtEntry");
				for (int i = 0; i < entrees.getLength(); i++) {
					Node entree = entrees.item(i);
					if (MOT_CLE.equals(attribut(entree, "keyword"))) {
						return Optional.ofNullable(attribut(entree, "text"));
					}
				}
				return Optional.empty();
			}
			finally {
				lecteur.dispose();
			}
		}
		catch (IOException | RuntimeException illisible) {
			return Optional.empty();
		}
	}

	private static String attribut(Node noeud, String nom) {
		Node attribut = noeud.getAttributes().getNamedItem(nom);
		return attribut == null ? null : attribut.getNodeValue();
	}

	/** Shapes only, no text: a server without fonts draws it too. */
	private static byte[] dessiner() {
		BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0x00, 0x00, 0x91));
			g.fillPolygon(new Polygon(new int[] { 78, 118, 98, 68 }, new int[] { 150, 150, 250, 230 }, 4));
			g.fillPolygon(new Polygon(new int[] { 138, 178, 188, 158 }, new int[] { 150, 150, 230, 250 }, 4));
			g.setColor(new Color(0x00, 0x63, 0xcb));
			g.fill(new Ellipse2D.Double(38, 8, 180, 180));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(8));
			g.draw(new Ellipse2D.Double(58, 28, 140, 140));
			g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.drawPolyline(new int[] { 92, 120, 166 }, new int[] { 100, 128, 74 }, 3);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", sortie);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sortie.toByteArray();
	}

}
