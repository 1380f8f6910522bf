package com.growthhub.expenses.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * The receipts the reading is measured on, drawn with Java2D: shops, hotels, a diner, a car park, in the date and
 * amount styles receipts use (ISO and US and European dates, month names, two-digit years, thousands separators,
 * totals after subtotals and taxes, tips and cash lines after the total), some slightly turned or speckled like a
 * phone photo. They are committed as PNGs in {@code src/test/resources/com/growthhub/expenses/receipts} with the
 * values they show in {@code receipts.csv}; {@link #write(Path)} draws them again.
 */
final class ReceiptImages {

	record Receipt(String file, String merchant, long amountCents, LocalDate date, String font, double turn, boolean specks,
			List<String> lines) {
	}

	static List<Receipt> all() {
		List<Receipt> receipts = new ArrayList<>();
		receipts.add(new Receipt("01-coffee.png", "BLUE BOTTLE COFFEE", 1242, LocalDate.of(2026, 3, 5), "DejaVu Sans Mono", 0,
				false, List.of("BLUE BOTTLE COFFEE", "300 Webster St, Oakland", "2026-03-05 08:41", "", "Latte 16oz      5.75",
						"Croissant       4.25", "Water           1.50", "", "Subtotal       11.50", "Tax             0.92",
						"TOTAL          $12.42", "", "Thank you!")));
		receipts.add(new Receipt("02-diner.png", "Joe's Diner", 2780, LocalDate.of(2026, 3, 14), "Liberation Mono", 0.4, false,
				List.of("Joe's Diner", "Table 12  Server: Kim", "03/14/2026  12:55 PM", "", "2 Pancakes     14.00",
						"Coffee          3.80", "Eggs Benedict  10.00", "", "Total          27.80", "Cash           30.00",
						"Change          2.20")));
		receipts.add(new Receipt("03-hotel.png", "Hotel Marquis", 41200, LocalDate.of(2026, 2, 21), "DejaVu Sans", 0, false,
				List.of("Hotel Marquis", "12 Rue de Rivoli, Paris", "Invoice 2026-0211", "Date: 21.02.2026", "",
						"Room, 2 nights     380.00", "City tax            12.00", "Breakfast           20.00", "",
						"Amount due   EUR 412.00", "Paid by card")));
		receipts.add(new Receipt("04-office.png", "Office Depot", 4965, LocalDate.of(2026, 1, 9), "DejaVu Sans Mono", 0, true,
				List.of("Office Depot", "Store #2231", "Jan 9, 2026  3:12 PM", "", "Printer paper   19.99",
						"Pens 12ct       12.99", "Stapler         12.99", "", "Subtotal        45.97",
						"Sales tax        3.68", "Grand Total     49.65")));
		receipts.add(new Receipt("05-taxi.png", "Metro Cab Co", 2315, LocalDate.of(2026, 2, 5), "Liberation Sans", 0, false,
				List.of("Metro Cab Co", "Trip receipt", "5 Feb 2026", "", "Fare            19.40", "Airport fee      2.00",
						"Tip              1.75", "", "Total           23.15")));
		receipts.add(new Receipt("06-restaurant.png", "The Green Fork", 7400, LocalDate.of(2026, 4, 2), "DejaVu Sans Mono", -0.5,
				false, List.of("The Green Fork", "Bistro and Bar", "2026/04/02 19:30", "", "Tasting menu    52.00",
						"Wine glass      12.00", "", "TOTAL           64.00", "TIP             10.00",
						"AMOUNT PAID     74.00")));
		receipts.add(new Receipt("07-parking.png", "City Parking", 1800, LocalDate.of(2026, 5, 1), "Liberation Mono", 0, false,
				List.of("City Parking", "Garage 4, Level 2", "Entry 05/01/2026 07:58", "Exit  05/01/2026 17:40", "",
						"Day rate        18.00", "", "TOTAL           18.00")));
		receipts.add(new Receipt("08-supplies.png", "Staples", 123450, LocalDate.of(2026, 6, 18), "DejaVu Sans", 0.3, true,
				List.of("Staples", "Business order", "Order date 2026-06-18", "", "Chairs x4     1,080.00",
						"Desk lamp x2     74.50", "Delivery         80.00", "", "Balance due   1,234.50")));
		receipts.add(new Receipt("09-lunch.png", "Pret A Manger", 845, LocalDate.of(2026, 7, 18), "Liberation Sans", 0, false,
				List.of("Pret A Manger", "London Bridge", "18 Jul 2026 13:02", "", "Chicken wrap    4.95",
						"Flat white      3.50", "", "Total          £8.45", "VAT included")));
		receipts.add(new Receipt("10-fuel.png", "Shell Station", 5831, LocalDate.of(2026, 7, 22), "DejaVu Sans Mono", 0, false,
				List.of("Shell Station", "Pump 6  Unleaded", "07/22/26  06:15", "", "13.210 gal @ 4.414", "",
						"TOTAL           58.31", "VISA ****4421")));
		receipts.add(new Receipt("11-venue.png", "Harbor Conference Center", 250000, LocalDate.of(2026, 8, 3), "Liberation Serif",
				0, false, List.of("Harbor Conference Center", "Event services", "Invoice date: August 3, 2026", "",
						"Hall rental, 1 day   2,200.00", "AV package             300.00", "",
						"Total due            2,500.00")));
		receipts.add(new Receipt("12-market.png", "Corner Market", 1999, LocalDate.of(2026, 10, 9), "Liberation Mono", 0.6,
				true, List.of("Corner Market", "Open 7 days", "09.10.2026 18:22", "", "Apples 1kg      3.49",
						"Bread           2.50", "Cheese          9.00", "Milk 2L         5.00", "", "TOTAL          19.99")));
		receipts.add(new Receipt("13-bookshop.png", "Riverside Books", 3647, LocalDate.of(2026, 9, 14), "DejaVu Serif", 1.8,
				false, List.of("Riverside Books", "14-09-2026  11:05", "", "Paperback x2    24.98", "Notebook         8.99",
						"", "Subtotal        33.97", "Tax              2.50", "Total 36.47 USD")));
		receipts.add(new Receipt("14-train.png", "Northern Rail", 4610, LocalDate.of(2026, 11, 2), "Liberation Sans", -1.2, true,
				List.of("Northern Rail", "Ticket office", "02 Nov 2026", "", "Off-peak return   46.10", "", "TOTAL  46.10",
						"Paid contactless")));
		receipts.add(new Receipt("15-print.png", "QuickPrint Studio", 28990, LocalDate.of(2026, 4, 30), "DejaVu Sans", 0.9, true,
				List.of("QuickPrint Studio", "Banners & flyers", "Date 4/30/2026", "", "Roll-up banner x2   180.00",
						"Flyers 500         85.00", "Design fee          24.90", "", "Total             289.90")));
		return receipts;
	}

	/** Draws every receipt into {@code folder} with {@code receipts.csv} beside them. */
	static void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		StringBuilder manifest = new StringBuilder("file,amountCents,date,merchant\n");
		for (Receipt receipt : all()) {
			ImageIO.write(draw(receipt), "png", folder.resolve(receipt.file()).toFile());
			manifest.append(receipt.file()).append(',').append(receipt.amountCents()).append(',').append(receipt.date())
				.append(',').append(receipt.merchant()).append('\n');
		}
		Files.writeString(folder.resolve("receipts.csv"), manifest);
	}

	static BufferedImage draw(Receipt receipt) {
		int lineHeight = 38;
		BufferedImage image = new BufferedImage(760, 120 + lineHeight * receipt.lines().size(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.rotate(Math.toRadians(receipt.turn()), image.getWidth() / 2.0, image.getHeight() / 2.0);
		g.setColor(receipt.specks() && receipt.turn() != 0 ? new Color(90, 90, 90) : new Color(25, 25, 25));
		for (int i = 0; i < receipt.lines().size(); i++) {
			boolean heading = i == 0;
			g.setFont(new Font(receipt.font(), heading ? Font.BOLD : Font.PLAIN, heading ? 34 : 26));
			g.drawString(receipt.lines().get(i), 50, 70 + i * lineHeight);
		}
		g.dispose();
		if (receipt.specks()) {
			Random random = new Random(receipt.file().hashCode());
			for (int i = 0; i < 600; i++) {
				image.setRGB(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 0x999999);
			}
		}
		return image;
	}
}
