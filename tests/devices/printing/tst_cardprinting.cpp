// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/BarcodeMatrix.h"
#include "printing/CardLayout.h"
#include "printing/CardPrintJob.h"
#include "printing/CardRenderer.h"
#include "TestMain.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qrencode.h>
#include <zint.h>

#include <memory>

using namespace Club::Devices;

namespace {

const QString PersianName = QStringLiteral("سارا کریمی");
const QString LatinName = QStringLiteral("Reza Ahmadi");
const QString FirstNumber = QStringLiteral("6280000000000017");
const QString SecondNumber = QStringLiteral("6280000000000025");

CardFields fieldsFor(const QString &name, const QString &number)
{
    CardFields f;
    f.text.insert(QStringLiteral("club.name"), QStringLiteral("باشگاه مشتریان گلستان"));
    f.text.insert(QStringLiteral("member.name"), name);
    f.text.insert(QStringLiteral("card.number"), number);
    f.text.insert(QStringLiteral("card.expiry"), QStringLiteral("12/2029"));
    f.text.insert(QStringLiteral("club.terms"),
                  QStringLiteral("This card remains the property of the club. Points expire 24 months after they are "
                                 "earned. If found, please return it to any branch. این کارت متعلق به باشگاه است."));
    return f;
}

// Card millimetres to pixels of a renderImage() at 300 dpi (the image is the card rounded up).
QRect pixelRect(const QImage &image, const QRectF &mm)
{
    const qreal sx = image.width() / CardLayout::WidthMm;
    const qreal sy = image.height() / CardLayout::HeightMm;
    return QRectF(mm.x() * sx, mm.y() * sy, mm.width() * sx, mm.height() * sy).toAlignedRect() & image.rect();
}

bool isDarkPixel(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

// Bounding box of the dark pixels inside `area`.
QRect darkBounds(const QImage &image, const QRect &area)
{
    QRect bounds;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (isDarkPixel(image, x, y))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

CardLayout singleElementLayout(const CardElement &e, CardSide side = CardSide::Front)
{
    CardLayout layout;
    layout.side(side).elements.append(e);
    return layout;
}

QString runTool(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext gives Arabic script in visual order, sometimes as presentation forms: compare
// letters only, after compatibility normalisation, in either direction.
QString lettersOnly(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool containsEitherOrder(const QString &haystack, const QString &needle)
{
    // Word order and letter order within a word may both come out reversed.
    const QString hay = lettersOnly(haystack);
    for (const QString &word : needle.split(u' ', Qt::SkipEmptyParts)) {
        const QString letters = lettersOnly(word);
        QString reversed = letters;
        std::reverse(reversed.begin(), reversed.end());
        if (!hay.contains(letters) && !hay.contains(reversed))
            return false;
    }
    return true;
}

} // namespace

class tst_CardPrinting : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void jsonRefused_data();
    void jsonRefused();
    void resolve_data();
    void resolve();
    void bindingName_data();
    void bindingName();
    void keepOut_data();
    void keepOut();
    void imageSize_data();
    void imageSize();
    void code128IsCrispAndMatchesZint();
    void qrMatchesLibqrencode();
    void barcodeErrors_data();
    void barcodeErrors();
    void scaledAndRotatedPainters();
    void textDirection_data();
    void textDirection();
    void images();
    void keepOutShadedInPreviewOnly();
    void pdfOfTwoCards();
    void pdfFrontOnly();
    void savePreviews();
};

void tst_CardPrinting::jsonRoundTrip()
{
    CardLayout layout = CardLayout::defaultLayout();
    QImage logo(8, 4, QImage::Format_ARGB32);
    logo.fill(QColor(10, 20, 30, 128));
    CardElement image;
    image.kind = CardElement::Kind::Image;
    image.rectMm = QRectF(70.5, 2.25, 10, 5);
    image.imageData = png(logo);
    image.fit = CardElement::ImageFit::Cover;
    image.z = 3;
    layout.front.elements.append(image);
    CardElement photo;
    photo.kind = CardElement::Kind::Image;
    photo.rectMm = QRectF(60, 16, 20, 25);
    photo.content = QStringLiteral("{member.photo}");
    layout.front.elements.append(photo);
    CardElement rect;
    rect.kind = CardElement::Kind::Rectangle;
    rect.rectMm = QRectF(1, 2, 3, 4);
    rect.color = QColor(1, 2, 3, 4);
    rect.cornerRadiusMm = 1.5;
    layout.back.elements.append(rect);
    layout.back.backgroundImage = png(logo);
    layout.front.keepOutMm.append(QRectF(9, 19, 12, 11)); // contact chip
    layout.front.elements[1].alignment = CardElement::Alignment::Trailing;
    layout.magstripeOnBack = false;

    const QByteArray json = layout.toJson();
    CardLayout::JsonError error = CardLayout::JsonError::NotJson;
    const auto parsed = CardLayout::fromJson(json, &error);
    QVERIFY(parsed);
    QCOMPARE(error, CardLayout::JsonError::None);
    QVERIFY(*parsed == layout);
    QCOMPARE(parsed->toJson(), json);
    QCOMPARE(parsed->front.elements.last().content, QStringLiteral("{member.photo}"));
    QCOMPARE(parsed->front.elements.at(parsed->front.elements.size() - 2).imageData, png(logo));
    QCOMPARE(parsed->back.elements.last().color.alpha(), 4);

    const auto defaults = CardLayout::fromJson(CardLayout::defaultLayout().toJson());
    QVERIFY(defaults);
    QVERIFY(*defaults == CardLayout::defaultLayout());
}

void tst_CardPrinting::jsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<CardLayout::JsonError>("error");

    QByteArray good = CardLayout::defaultLayout().toJson();
    auto with = [&good](const char *from, const char *to) {
        QByteArray copy = good;
        const QByteArray f(from);
        if (!copy.contains(f))
            qFatal("test data: %s not in the default layout", from);
        return copy.replace(f, QByteArray(to));
    };
    QTest::newRow("garbage") << QByteArray("{not json") << CardLayout::JsonError::NotJson;
    QTest::newRow("array") << QByteArray("[1,2]") << CardLayout::JsonError::NotJson;
    QTest::newRow("other format") << with("\"club-card-layout\"", "\"club-receipt\"")
                                  << CardLayout::JsonError::NotALayout;
    QTest::newRow("version 0") << with("\"version\": 1", "\"version\": 0") << CardLayout::JsonError::UnsupportedVersion;
    QTest::newRow("version 2") << with("\"version\": 1", "\"version\": 2") << CardLayout::JsonError::UnsupportedVersion;
    QTest::newRow("version 1.5") << with("\"version\": 1", "\"version\": 1.5")
                                 << CardLayout::JsonError::UnsupportedVersion;
    QTest::newRow("version as text") << with("\"version\": 1", "\"version\": \"1\"")
                                     << CardLayout::JsonError::UnsupportedVersion;
    QTest::newRow("no version") << with("\"version\": 1", "\"revision\": 1")
                                << CardLayout::JsonError::UnsupportedVersion;
    QTest::newRow("unknown element") << with("\"type\": \"barcode\"", "\"type\": \"hologram\"")
                                     << CardLayout::JsonError::BadContent;
    QTest::newRow("unknown symbology") << with("\"symbology\": \"qr\"", "\"symbology\": \"aztec\"")
                                       << CardLayout::JsonError::BadContent;
    QTest::newRow("bad colour") << with("\"color\": \"#ffffff\"", "\"color\": \"white-ish\"")
                                << CardLayout::JsonError::BadContent;
    QTest::newRow("bad stripe") << with("\"magstripe\": \"back\"", "\"magstripe\": \"top\"")
                                << CardLayout::JsonError::BadContent;
    QTest::newRow("short rect") << with("\"rect\": [", "\"rect\": [1,") << CardLayout::JsonError::BadContent;
}

void tst_CardPrinting::jsonRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(CardLayout::JsonError, error);
    CardLayout::JsonError actual = CardLayout::JsonError::None;
    QVERIFY(!CardLayout::fromJson(json, &actual));
    QCOMPARE(actual, error);
}

void tst_CardPrinting::resolve_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");

    QTest::newRow("literal") << QStringLiteral("Member") << QStringLiteral("Member");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one binding") << QStringLiteral("{member.name}") << PersianName;
    QTest::newRow("concatenation") << QStringLiteral("No. {card.number} / {card.expiry}")
                                   << QStringLiteral("No. 6280000000000017 / 12/29");
    QTest::newRow("adjacent") << QStringLiteral("{a}{b}") << QStringLiteral("AB");
    QTest::newRow("missing is empty") << QStringLiteral("[{member.phone}]") << QStringLiteral("[]");
    QTest::newRow("escaped braces") << QStringLiteral("{{card.number}}") << QStringLiteral("{card.number}");
    QTest::newRow("unclosed") << QStringLiteral("{card.number") << QStringLiteral("{card.number");
    QTest::newRow("not a name") << QStringLiteral("{ a }") << QStringLiteral("{ a }");
    QTest::newRow("empty braces") << QStringLiteral("{}") << QStringLiteral("{}");
    QTest::newRow("lone closing") << QStringLiteral("a}b") << QStringLiteral("a}b");
    QTest::newRow("persian literal") << QStringLiteral("شماره: {card.number}")
                                     << QStringLiteral("شماره: 6280000000000017");
    QTest::newRow("value not re-expanded") << QStringLiteral("{tricky}") << QStringLiteral("{a}");
}

void tst_CardPrinting::resolve()
{
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    const QHash<QString, QString> fields{
        {QStringLiteral("member.name"), PersianName},
        {QStringLiteral("card.number"), FirstNumber},
        {QStringLiteral("card.expiry"), QStringLiteral("12/29")},
        {QStringLiteral("a"), QStringLiteral("A")},
        {QStringLiteral("b"), QStringLiteral("B")},
        {QStringLiteral("tricky"), QStringLiteral("{a}")},
    };
    QCOMPARE(CardLayout::resolve(templateText, fields), expected);
}

void tst_CardPrinting::bindingName_data()
{
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QString>("name");
    QTest::newRow("photo") << QStringLiteral("{member.photo}") << QStringLiteral("member.photo");
    QTest::newRow("spaces around") << QStringLiteral(" {logo} ") << QStringLiteral("logo");
    QTest::newRow("two") << QStringLiteral("{a}{b}") << QString();
    QTest::newRow("literal") << QStringLiteral("photo") << QString();
    QTest::newRow("empty") << QStringLiteral("{}") << QString();
}

void tst_CardPrinting::bindingName()
{
    QFETCH(QString, binding);
    QFETCH(QString, name);
    QCOMPARE(CardLayout::bindingName(binding), name);
}

void tst_CardPrinting::keepOut_data()
{
    QTest::addColumn<bool>("stripeOnBack");
    QTest::addColumn<int>("side");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<QList<LayoutIssue::Kind>>("issues");

    using K = LayoutIssue::Kind;
    const int front = int(CardSide::Front);
    const int back = int(CardSide::Back);
    QTest::newRow("above stripe") << true << back << QRectF(5, 1, 20, 4.5) << QList<K>{};
    QTest::newRow("touches stripe top") << true << back << QRectF(5, 1, 20, 4.54) << QList<K>{};
    QTest::newRow("into stripe top") << true << back << QRectF(5, 1, 20, 4.7) << QList<K>{K::OverlapsKeepOut};
    QTest::newRow("inside stripe") << true << back << QRectF(30, 8, 10, 3) << QList<K>{K::OverlapsKeepOut};
    QTest::newRow("covers stripe") << true << back << QRectF(0, 0, 85.6, 53.98) << QList<K>{K::OverlapsKeepOut};
    QTest::newRow("into stripe bottom") << true << back << QRectF(5, 15.5, 20, 5) << QList<K>{K::OverlapsKeepOut};
    QTest::newRow("below stripe") << true << back << QRectF(5, 15.82, 20, 5) << QList<K>{};
    QTest::newRow("same place on front") << true << front << QRectF(30, 8, 10, 3) << QList<K>{};
    QTest::newRow("no stripe") << false << back << QRectF(30, 8, 10, 3) << QList<K>{};
    QTest::newRow("outside card") << false << front << QRectF(80, 50, 10, 10) << QList<K>{K::OutsideCard};
    QTest::newRow("outside and on stripe")
        << true << back << QRectF(-2, 10, 10, 3) << QList<K>{K::OutsideCard, K::OverlapsKeepOut};
    QTest::newRow("no area") << true << back << QRectF(30, 8, 0, 3) << QList<K>{K::EmptyGeometry};
}

void tst_CardPrinting::keepOut()
{
    QFETCH(bool, stripeOnBack);
    QFETCH(int, side);
    QFETCH(QRectF, rect);
    QFETCH(QList<LayoutIssue::Kind>, issues);

    CardLayout layout;
    layout.magstripeOnBack = stripeOnBack;
    CardElement fine;
    fine.rectMm = QRectF(5, 30, 20, 5);
    CardElement e;
    e.rectMm = rect;
    layout.side(CardSide(side)).elements = {fine, e};

    QList<LayoutIssue> expected;
    for (const auto kind : issues)
        expected.append({kind, CardSide(side), 1});
    QCOMPARE(layout.validate(), expected);
}

void tst_CardPrinting::imageSize_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("size");
    QTest::newRow("300") << 300 << QSize(1012, 638);
    QTest::newRow("600") << 600 << QSize(2023, 1276);
    QTest::newRow("100") << 100 << QSize(338, 213);
}

void tst_CardPrinting::imageSize()
{
    QFETCH(int, dpi);
    QFETCH(QSize, size);
    const QImage image = CardRenderer::renderImage(CardLayout::defaultLayout(), CardSide::Front,
                                                   fieldsFor(PersianName, FirstNumber), dpi);
    QCOMPARE(image.size(), size);
    QCOMPARE(CardRenderer::imageSize(dpi), size);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
}

void tst_CardPrinting::code128IsCrispAndMatchesZint()
{
    CardElement e;
    e.kind = CardElement::Kind::Barcode;
    e.symbology = CardElement::Symbology::Code128;
    e.rectMm = QRectF(4, 34, 52, 15);
    e.content = QStringLiteral("{card.number}");
    CardLayout layout = singleElementLayout(e);
    layout.front.backgroundColor = QColor(0x20, 0x40, 0x80); // dark: the quiet zone must still be white

    const QImage image = CardRenderer::renderImage(layout, CardSide::Front, fieldsFor(LatinName, FirstNumber));
    const QRect box = pixelRect(image, e.rectMm);

    // Reference modules straight from zint.
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    symbol->symbology = BARCODE_CODE128;
    const QByteArray data = FirstNumber.toLatin1();
    QVERIFY(ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size())) <
            ZINT_ERROR);
    const int modules = symbol->width;

    // The white area (symbol plus quiet zones) and the bars inside it, on the middle row.
    const int y = box.center().y();
    int whiteLeft = -1, whiteRight = -1, firstBar = -1, lastBar = -1;
    for (int x = box.left(); x <= box.right(); ++x) {
        const QRgb p = image.pixel(x, y);
        if (p == qRgb(255, 255, 255) && whiteLeft < 0)
            whiteLeft = x;
        if (p == qRgb(255, 255, 255))
            whiteRight = x;
        if (p == qRgb(0, 0, 0)) {
            if (firstBar < 0)
                firstBar = x;
            lastBar = x;
        }
    }
    QVERIFY2(firstBar > 0, "no bars drawn");
    const int barsWidth = lastBar - firstBar + 1;
    QCOMPARE(barsWidth % modules, 0); // whole pixels per module
    const int module = barsWidth / modules;
    QVERIFY(module >= 3);
    QVERIFY2(firstBar - whiteLeft >= 10 * module, "left quiet zone");
    QVERIFY2(whiteRight - lastBar >= 10 * module, "right quiet zone");

    for (int x = whiteLeft; x <= whiteRight; ++x) {
        const QRgb p = image.pixel(x, y);
        QVERIFY2(p == qRgb(0, 0, 0) || p == qRgb(255, 255, 255), "grey pixel: the barcode is blurred");
    }
    for (int i = 0; i < modules; ++i) {
        const bool expected = (symbol->encoded_data[0][i >> 3] >> (i & 7)) & 1;
        const int x = firstBar + i * module + module / 2;
        QVERIFY2(isDarkPixel(image, x, y) == expected, qPrintable(QStringLiteral("module %1").arg(i)));
        // Bars run the full height of the element.
        QCOMPARE(isDarkPixel(image, x, box.top() + 2), expected);
        QCOMPARE(isDarkPixel(image, x, box.bottom() - 2), expected);
    }
}

void tst_CardPrinting::qrMatchesLibqrencode()
{
    const CardLayout layout = CardLayout::defaultLayout();
    const CardElement *qr = nullptr;
    for (const auto &e : layout.back.elements) {
        if (e.kind == CardElement::Kind::Barcode && e.symbology == CardElement::Symbology::Qr)
            qr = &e;
    }
    QVERIFY(qr);
    const QImage image = CardRenderer::renderImage(layout, CardSide::Back, fieldsFor(PersianName, SecondNumber));
    const QRect box = pixelRect(image, qr->rectMm);
    const QRect bounds = darkBounds(image, box);
    QVERIFY2(!bounds.isEmpty(), "QR region is blank");

    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(SecondNumber.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    QVERIFY(code);
    const int n = code->width;
    QCOMPARE(bounds.width(), bounds.height());
    QCOMPARE(bounds.width() % n, 0);
    const int module = bounds.width() / n;
    QVERIFY(module >= 3);
    // Four modules of white all round.
    const QRect quiet = bounds.adjusted(-4 * module, -4 * module, 4 * module, 4 * module);
    QVERIFY(box.contains(quiet));
    for (int yy = quiet.top(); yy <= quiet.bottom(); ++yy) {
        for (int xx = quiet.left(); xx <= quiet.right(); ++xx) {
            if (!bounds.contains(xx, yy))
                QVERIFY2(image.pixel(xx, yy) == qRgb(255, 255, 255), "quiet zone not white");
        }
    }
    for (int row = 0; row < n; ++row) {
        for (int col = 0; col < n; ++col) {
            const bool expected = code->data[row * n + col] & 1;
            const QPoint centre = bounds.topLeft() + QPoint(col * module + module / 2, row * module + module / 2);
            QVERIFY2(isDarkPixel(image, centre.x(), centre.y()) == expected,
                     qPrintable(QStringLiteral("module %1,%2").arg(row).arg(col)));
        }
    }
}

void tst_CardPrinting::barcodeErrors_data()
{
    QTest::addColumn<int>("symbology");
    QTest::addColumn<QString>("data");
    QTest::addColumn<BarcodeMatrix::Error>("error");
    const int code128 = int(CardElement::Symbology::Code128);
    const int qr = int(CardElement::Symbology::Qr);
    QTest::newRow("code128 digits") << code128 << FirstNumber << BarcodeMatrix::Error::None;
    QTest::newRow("code128 empty") << code128 << QString() << BarcodeMatrix::Error::EmptyData;
    // Code 128 holds Latin-1 only; Persian needs a QR code.
    QTest::newRow("code128 persian") << code128 << PersianName << BarcodeMatrix::Error::EncodingFailed;
    QTest::newRow("qr persian") << qr << PersianName << BarcodeMatrix::Error::None;
    QTest::newRow("qr empty") << qr << QString() << BarcodeMatrix::Error::EmptyData;
    QTest::newRow("qr too long") << qr << QString(8000, u'x') << BarcodeMatrix::Error::EncodingFailed;
}

void tst_CardPrinting::barcodeErrors()
{
    QFETCH(int, symbology);
    QFETCH(QString, data);
    QFETCH(BarcodeMatrix::Error, error);
    const BarcodeMatrix m = BarcodeMatrix::encode(CardElement::Symbology(symbology), data);
    QCOMPARE(m.error, error);
    QCOMPARE(m.dark.empty(), error != BarcodeMatrix::Error::None);

    // A barcode that cannot be encoded leaves its place empty instead of failing the card.
    CardElement e;
    e.kind = CardElement::Kind::Barcode;
    e.symbology = CardElement::Symbology(symbology);
    e.rectMm = QRectF(10, 10, 40, 30);
    e.content = data;
    if (error == BarcodeMatrix::Error::EncodingFailed)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("barcode not encodable")));
    const QImage image = CardRenderer::renderImage(singleElementLayout(e), CardSide::Front, CardFields{}, 150);
    QCOMPARE(darkBounds(image, image.rect()).isEmpty(), error != BarcodeMatrix::Error::None);
}

void tst_CardPrinting::scaledAndRotatedPainters()
{
    const CardLayout layout = CardLayout::defaultLayout();
    const CardFields fields = fieldsFor(PersianName, FirstNumber);
    const QImage reference = CardRenderer::renderImage(layout, CardSide::Front, fields, 100);

    // A preview painter that scales: the same picture as rendering at that size directly.
    QImage scaled(reference.size() * 2, QImage::Format_ARGB32_Premultiplied);
    scaled.fill(Qt::magenta);
    {
        QPainter painter(&scaled);
        painter.scale(2, 2);
        CardRenderer::render(painter, QRectF(QPointF(), QSizeF(reference.size())), layout, CardSide::Front, fields);
    }
    QCOMPARE(scaled.pixel(5, 5), reference.pixel(2, 2));
    QVERIFY(!darkBounds(scaled, scaled.rect()).isEmpty());

    // A rotated painter (a portrait page) gets the card turned, not a bounding-box smear.
    QImage turned(reference.height(), reference.width(), QImage::Format_ARGB32_Premultiplied);
    turned.fill(Qt::magenta);
    {
        QPainter painter(&turned);
        painter.translate(turned.width(), 0);
        painter.rotate(90);
        CardRenderer::render(painter, QRectF(QPointF(), QSizeF(reference.size())), layout, CardSide::Front, fields);
    }
    // Same picture as the reference turned by a quarter: text and barcode included.
    const QImage expected = reference.transformed(QTransform().rotate(90)).convertToFormat(turned.format());
    QCOMPARE(expected.size(), turned.size());
    int differing = 0;
    for (int y = 0; y < turned.height(); ++y) {
        for (int x = 0; x < turned.width(); ++x)
            differing += qAbs(qGray(turned.pixel(x, y)) - qGray(expected.pixel(x, y))) > 60 ? 1 : 0;
    }
    QVERIFY2(differing < turned.width() * turned.height() / 100, qPrintable(QString::number(differing)));
}

void tst_CardPrinting::textDirection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("inkOnRight");

    using A = CardElement::Alignment;
    QTest::newRow("persian leading") << PersianName << int(A::Leading) << true;
    QTest::newRow("persian trailing") << PersianName << int(A::Trailing) << false;
    QTest::newRow("latin leading") << LatinName << int(A::Leading) << false;
    QTest::newRow("latin trailing") << LatinName << int(A::Trailing) << true;
    QTest::newRow("number leading") << FirstNumber << int(A::Leading) << false;
}

void tst_CardPrinting::textDirection()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(bool, inkOnRight);

    CardElement e;
    e.rectMm = QRectF(5, 20, 75, 8);
    e.content = QStringLiteral("{member.name}");
    e.fontSizePt = 10;
    e.alignment = CardElement::Alignment(alignment);
    CardFields fields;
    fields.text.insert(QStringLiteral("member.name"), text);
    const QImage image = CardRenderer::renderImage(singleElementLayout(e), CardSide::Front, fields);
    const QRect box = pixelRect(image, e.rectMm);
    const QRect ink = darkBounds(image, box);
    QVERIFY(!ink.isEmpty());
    QVERIFY(ink.width() < box.width() / 2);
    QCOMPARE(ink.center().x() > box.center().x(), inkOnRight);
}

void tst_CardPrinting::images()
{
    QImage logo(4, 4, QImage::Format_RGB32);
    logo.fill(Qt::blue);
    QImage photo(30, 40, QImage::Format_RGB32);
    photo.fill(Qt::red);

    CardElement embedded;
    embedded.kind = CardElement::Kind::Image;
    embedded.rectMm = QRectF(5, 5, 10, 10);
    embedded.imageData = png(logo);
    CardElement bound = embedded;
    bound.imageData.clear();
    bound.content = QStringLiteral("{member.photo}");
    bound.rectMm = QRectF(30, 5, 15, 20);
    CardLayout layout = singleElementLayout(embedded);
    layout.front.elements.append(bound);

    CardFields fields;
    fields.images.insert(QStringLiteral("member.photo"), photo);
    const QImage image = CardRenderer::renderImage(layout, CardSide::Front, fields);
    QCOMPARE(image.pixel(pixelRect(image, embedded.rectMm).center()), qRgb(0, 0, 255));
    QCOMPARE(image.pixel(pixelRect(image, bound.rectMm).center()), qRgb(255, 0, 0));

    // Without the photo the place stays empty.
    const QImage without = CardRenderer::renderImage(layout, CardSide::Front, CardFields{});
    QCOMPARE(without.pixel(pixelRect(without, bound.rectMm).center()), qRgb(255, 255, 255));
}

void tst_CardPrinting::keepOutShadedInPreviewOnly()
{
    const CardLayout layout = CardLayout::defaultLayout();
    const CardFields fields = fieldsFor(LatinName, FirstNumber);
    const QImage print = CardRenderer::renderImage(layout, CardSide::Back, fields);
    const QImage preview =
        CardRenderer::renderImage(layout, CardSide::Back, fields, 300, CardRenderer::Option::ShowKeepOutZones);
    const QRect stripe = pixelRect(print, QRectF(10, CardLayout::StripeTopMm + 1, 60, 8));
    QVERIFY(darkBounds(print, stripe).isEmpty());
    int tinted = 0;
    for (int x = stripe.left(); x <= stripe.right(); ++x) {
        const QRgb p = preview.pixel(x, stripe.center().y());
        tinted += qRed(p) > qBlue(p) + 20 ? 1 : 0;
    }
    QVERIFY(tinted > stripe.width() / 2);
    // Below the band the preview is the print.
    const QRect below = pixelRect(print, QRectF(0, CardLayout::StripeBottomMm + 0.2, 85, 30));
    QCOMPARE(preview.copy(below), print.copy(below));
}

void tst_CardPrinting::pdfOfTwoCards()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("cards.pdf"));

    CardPrintJob job;
    job.addCard(CardLayout::defaultLayout(), fieldsFor(PersianName, FirstNumber),
                QStringLiteral("~1%B6280000000000017^X?"));
    job.addCard(CardLayout::defaultLayout(), fieldsFor(LatinName, SecondNumber));
    QCOMPARE(job.pageCount(), 4);
    QCOMPARE(job.writePdf(pdf, QStringLiteral("cards")), CardPrintJob::Error::None);
    const QString output = qEnvironmentVariable("CLUB_TEST_OUTPUT");
    if (!output.isEmpty() && QDir(output).mkpath(QStringLiteral("cards"))) {
        QFile::remove(output + QStringLiteral("/cards/cards.pdf"));
        QFile::copy(pdf, output + QStringLiteral("/cards/cards.pdf"));
    }

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");

    bool ok = false;
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
    QVERIFY(ok);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\n"))), qPrintable(info));
    // 85.60 x 53.98 mm landscape is 242.65 x 153.01 pt; QPageSize keeps whole points.
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QVERIFY2(qAbs(size.captured(1).toDouble() - 242.65) <= 0.5, qPrintable(info));
    QVERIFY2(qAbs(size.captured(2).toDouble() - 153.01) <= 0.5, qPrintable(info));

    QStringList pages;
    for (int page = 1; page <= 4; ++page) {
        pages.append(runTool(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                              QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                             &ok));
        QVERIFY(ok);
    }
    // Front pages carry the name and the number; backs the number under the QR.
    QVERIFY2(pages[0].contains(FirstNumber), qPrintable(pages[0]));
    QVERIFY2(containsEitherOrder(pages[0], PersianName), qPrintable(pages[0]));
    QVERIFY2(pages[1].contains(FirstNumber), qPrintable(pages[1]));
    QVERIFY2(pages[1].contains(QStringLiteral("~1%B6280000000000017^X?")), qPrintable(pages[1]));
    QVERIFY2(pages[2].contains(SecondNumber), qPrintable(pages[2]));
    QVERIFY2(pages[2].contains(LatinName), qPrintable(pages[2]));
    QVERIFY2(!containsEitherOrder(pages[2], PersianName), qPrintable(pages[2]));
    QVERIFY2(pages[3].contains(SecondNumber), qPrintable(pages[3]));
    QVERIFY2(!pages[3].contains(QStringLiteral("~1")), qPrintable(pages[3]));

    const QString prefix = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf, prefix}, &ok);
    QVERIFY(ok);
    const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pngs.size(), 4);
    const QImage first(dir.filePath(pngs.first()));
    QCOMPARE(first.size(), QSize(338, 213));
}

void tst_CardPrinting::pdfFrontOnly()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fronts.pdf"));
    CardPrintJob job;
    job.setSides(CardPrintJob::Sides::FrontOnly);
    QCOMPARE(job.writePdf(pdf), CardPrintJob::Error::NoCards);
    job.addCard(CardLayout::defaultLayout(), fieldsFor(LatinName, FirstNumber), QStringLiteral("~1TRACK1"));
    job.addCard(CardLayout::defaultLayout(), fieldsFor(LatinName, SecondNumber));
    QCOMPARE(job.pageCount(), 2);
    QCOMPARE(job.writePdf(pdf), CardPrintJob::Error::None);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) not installed");
    bool ok = false;
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
    QVERIFY(ok);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(info));
    // With fronts only, the escape goes on the front.
    const QString text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                  pdf, QStringLiteral("-")},
                                 &ok);
    QVERIFY(text.contains(QStringLiteral("~1TRACK1")));
}

void tst_CardPrinting::savePreviews()
{
    const QString root = qEnvironmentVariable("CLUB_TEST_OUTPUT");
    if (root.isEmpty())
        QSKIP("CLUB_TEST_OUTPUT not set (run through ctest)");
    QDir dir(root);
    QVERIFY(dir.mkpath(QStringLiteral("cards")));
    const CardLayout layout = CardLayout::defaultLayout();
    const auto persian = fieldsFor(PersianName, FirstNumber);
    const auto latin = fieldsFor(LatinName, SecondNumber);
    QVERIFY(CardRenderer::renderImage(layout, CardSide::Front, persian)
                .save(dir.filePath(QStringLiteral("cards/front-fa.png"))));
    QVERIFY(CardRenderer::renderImage(layout, CardSide::Front, latin)
                .save(dir.filePath(QStringLiteral("cards/front-en.png"))));
    QVERIFY(CardRenderer::renderImage(layout, CardSide::Back, persian)
                .save(dir.filePath(QStringLiteral("cards/back.png"))));
    QVERIFY(CardRenderer::renderImage(layout, CardSide::Back, persian, 300, CardRenderer::Option::ShowKeepOutZones)
                .save(dir.filePath(QStringLiteral("cards/back-preview.png"))));
}

QTEST_MAIN(tst_CardPrinting)
#include "tst_cardprinting.moc"
