package fr.tierslieux.inclusion.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/** QR codes of links, drawn by ZXing: printed on a voucher, shown on a screen. */
public final class QrCode {

	private QrCode() {
	}

	/**
	 * A black on white square image of the link, {@code taille} pixels wide, with the
	 * white margin of four modules that readers expect.
	 */
	public static BufferedImage image(String lien, int taille) {
		try {
			BitMatrix points = new QRCodeWriter().encode(lien, BarcodeFormat.QR_CODE, taille, taille,
					Map.of(EncodeHintType.MARGIN, 4));
			BufferedImage image = new BufferedImage(points.getWidth(), points.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < points.getWidth(); x++) {
				for (int y = 0; y < points.getHeight(); y++) {
					image.setRGB(x, y, points.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code impossible pour " + lien, ex);
		}
	}

	/** The same as a {@code data:} address, for an image of a page. */
	public static String pngEnLigne(String lien, int taille) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image(lien, taille), "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}
