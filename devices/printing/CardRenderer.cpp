// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/CardRenderer.h"

#include "printing/BarcodeMatrix.h"

#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Club::Devices {

Q_LOGGING_CATEGORY(lcCardPrinting, "club.devices.printing")

namespace {

constexpr qreal MmPerPoint = 25.4 / 72.0;
constexpr qreal MinimumFontPt = 4.0;

struct Context
{
    QPainter &painter;
    QTransform toDevice; // millimetres -> device pixels (scale and translation only)
    const CardFields &fields;

    QRectF device(const QRectF &mm) const { return toDevice.mapRect(mm); }
    qreal pixelsPerMm() const { return std::abs(toDevice.m22()); }
};

// Where an image lands inside `box` for a fit mode (Cover returns a rect larger than box;
// the caller clips).
QRectF fitRect(const QSizeF &image, const QRectF &box, CardElement::ImageFit fit)
{
    if (fit == CardElement::ImageFit::Stretch || image.isEmpty())
        return box;
    const QSizeF scaled = image.scaled(box.size(), fit == CardElement::ImageFit::Cover ? Qt::KeepAspectRatioByExpanding
                                                                                       : Qt::KeepAspectRatio);
    QRectF r(QPointF(), scaled);
    r.moveCenter(box.center());
    return r;
}

void drawImage(const Context &c, const QImage &image, const QRectF &box, CardElement::ImageFit fit)
{
    if (image.isNull())
        return;
    c.painter.save();
    c.painter.setClipRect(box, Qt::IntersectClip);
    c.painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    c.painter.drawImage(fitRect(image.size(), box, fit), image);
    c.painter.restore();
}

Qt::Alignment horizontalAlignment(CardElement::Alignment a)
{
    switch (a) {
    case CardElement::Alignment::Center:
        return Qt::AlignHCenter;
    case CardElement::Alignment::Trailing:
        return Qt::AlignTrailing;
    case CardElement::Alignment::Leading:
        break;
    }
    return Qt::AlignLeading;
}

void drawText(const Context &c, const CardElement &e)
{
    const QString text = CardLayout::resolve(e.content, c.fields.text);
    if (text.trimmed().isEmpty())
        return;
    const QRectF box = c.device(e.rectMm);

    QTextOption option;
    // The first strong character decides: a Persian name runs right to left and its leading
    // edge is the right; a card number has no RTL letters and stays left to right.
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(horizontalAlignment(e.alignment) | (e.wordWrap ? Qt::AlignTop : Qt::AlignVCenter));
    option.setWrapMode(e.wordWrap ? QTextOption::WordWrap : QTextOption::NoWrap);

    QFont font(e.fontFamily);
    font.setBold(e.bold);
    // Unhinted outlines keep the preview's line breaks identical to the printer's.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Point size on this device that gives the element's real size after our mm scaling.
    const qreal dpi = c.painter.device()->logicalDpiY();
    auto setSize = [&](qreal pt) {
        font.setPointSizeF(pt * MmPerPoint * c.pixelsPerMm() * 72.0 / dpi);
    };

    // Shrink rather than clip: a long name must still be readable on the card.
    const int flags = int(option.alignment()) | (e.wordWrap ? Qt::TextWordWrap : 0);
    qreal pt = e.fontSizePt;
    for (;;) {
        setSize(pt);
        const QRectF needed = QFontMetricsF(font, c.painter.device()).boundingRect(box, flags, text);
        if ((needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5) || pt <= MinimumFontPt)
            break;
        pt = std::max(MinimumFontPt, pt * 0.92);
    }

    c.painter.save();
    c.painter.setFont(font);
    c.painter.setPen(e.color);
    c.painter.setClipRect(box, Qt::IntersectClip);
    c.painter.drawText(box, text, option);
    c.painter.restore();
}

void drawBarcode(const Context &c, const CardElement &e)
{
    const QString data = CardLayout::resolve(e.content, c.fields.text);
    if (data.isEmpty())
        return;
    const BarcodeMatrix m = BarcodeMatrix::encode(e.symbology, data);
    if (m.error != BarcodeMatrix::Error::None) {
        // The data itself may be a card number: log the failure only.
        qCWarning(lcCardPrinting) << "barcode not encodable, symbology" << int(e.symbology) << "length" << data.size();
        return;
    }
    const QRectF box = c.device(e.rectMm);
    const int totalColumns = m.columns + 2 * m.quietZone;
    const int totalRows = m.isLinear() ? 1 : m.rows + 2 * m.quietZone;

    // Whole device pixels per module whenever the box allows one: no module straddles a
    // pixel edge, so nothing is smeared grey. Very small previews fall back to fractions.
    qreal moduleW = box.width() / totalColumns;
    qreal moduleH = m.isLinear() ? box.height() : box.height() / totalRows;
    if (!m.isLinear())
        moduleW = moduleH = std::min(moduleW, moduleH);
    if (moduleW >= 1)
        moduleW = std::floor(moduleW);
    if (moduleH >= 1 && !m.isLinear())
        moduleH = moduleW;
    const qreal barHeight = m.isLinear() ? std::floor(box.height()) : moduleH;

    const QSizeF symbolSize(moduleW * totalColumns, m.isLinear() ? barHeight : moduleH * totalRows);
    QPointF origin(box.center().x() - symbolSize.width() / 2, box.center().y() - symbolSize.height() / 2);
    if (moduleW >= 1)
        origin = QPointF(std::round(origin.x()), std::round(origin.y()));

    c.painter.save();
    c.painter.setRenderHint(QPainter::Antialiasing, false);
    c.painter.fillRect(QRectF(origin, symbolSize), Qt::white); // quiet zone included
    const QPointF first = origin + QPointF(m.quietZone * moduleW, m.isLinear() ? 0 : m.quietZone * moduleH);
    for (int row = 0; row < m.rows; ++row) {
        // One rectangle per run of dark modules keeps PDFs small and edges exact.
        for (int col = 0; col < m.columns;) {
            if (!m.isDark(col, row)) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < m.columns && m.isDark(col, row))
                ++col;
            c.painter.fillRect(QRectF(first.x() + start * moduleW, first.y() + row * moduleH, (col - start) * moduleW,
                                      m.isLinear() ? barHeight : moduleH),
                               Qt::black);
        }
    }
    c.painter.restore();
}

void drawElement(const Context &c, const CardElement &e)
{
    switch (e.kind) {
    case CardElement::Kind::Text:
        drawText(c, e);
        break;
    case CardElement::Kind::Image: {
        QImage image;
        if (!e.imageData.isEmpty())
            image = QImage::fromData(e.imageData);
        else
            image = c.fields.images.value(CardLayout::bindingName(e.content));
        drawImage(c, image, c.device(e.rectMm), e.fit);
        break;
    }
    case CardElement::Kind::Barcode:
        drawBarcode(c, e);
        break;
    case CardElement::Kind::Rectangle: {
        const QRectF box = c.device(e.rectMm);
        c.painter.save();
        c.painter.setPen(Qt::NoPen);
        c.painter.setBrush(e.color);
        const qreal radius = e.cornerRadiusMm * c.pixelsPerMm();
        if (radius > 0)
            c.painter.drawRoundedRect(box, radius, radius);
        else
            c.painter.fillRect(box, e.color);
        c.painter.restore();
        break;
    }
    }
}

void shadeKeepOut(const Context &c, const QRectF &zoneMm)
{
    const QRectF box = c.device(zoneMm);
    c.painter.save();
    c.painter.fillRect(box, QColor(200, 40, 40, 60));
    c.painter.fillRect(box, QBrush(QColor(200, 40, 40, 140), Qt::BDiagPattern));
    c.painter.restore();
}

} // namespace

QSize CardRenderer::imageSize(int dpi)
{
    // Rounded up so the whole card fits: 85.60 mm at 300 dpi is 1011.02 pixels -> 1012.
    const auto pixels = [dpi](qreal mm) {
        return int(std::ceil(mm * dpi / 25.4 - 1e-6));
    };
    return QSize(pixels(CardLayout::WidthMm), pixels(CardLayout::HeightMm));
}

QImage
CardRenderer::renderImage(const CardLayout &layout, CardSide side, const CardFields &fields, int dpi, Options options)
{
    QImage image(imageSize(dpi), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(layout.side(side).backgroundColor.isValid() ? layout.side(side).backgroundColor : QColor(Qt::white));
    QPainter painter(&image);
    render(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), layout, side, fields, options);
    return image;
}

void CardRenderer::render(QPainter &painter,
                          const QRectF &target,
                          const CardLayout &layout,
                          CardSide side,
                          const CardFields &fields,
                          Options options)
{
    if (target.isEmpty())
        return;
    QTransform mmToTarget;
    mmToTarget.translate(target.x(), target.y());
    mmToTarget.scale(target.width() / CardLayout::WidthMm, target.height() / CardLayout::HeightMm);
    const QTransform toDevice = mmToTarget * painter.worldTransform();

    if (toDevice.type() > QTransform::TxScale) {
        // Rotated or sheared (a portrait page): paint a raster at about the device resolution.
        const qreal pixelsPerMm = std::hypot(toDevice.m11(), toDevice.m12());
        const int dpi = std::clamp(int(pixelsPerMm * 25.4), 72, 600);
        const QImage image = renderImage(layout, side, fields, dpi, options);
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, image);
        painter.restore();
        return;
    }

    painter.save();
    painter.resetTransform();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const Context c{painter, toDevice, fields};
    const QRectF card = c.device(CardLayout::cardRectMm());
    painter.setClipRect(card, Qt::IntersectClip);

    const CardSideLayout &s = layout.side(side);
    painter.fillRect(card, s.backgroundColor.isValid() ? s.backgroundColor : QColor(Qt::white));
    if (!s.backgroundImage.isEmpty())
        drawImage(c, QImage::fromData(s.backgroundImage), card, CardElement::ImageFit::Cover);

    QList<const CardElement *> ordered;
    for (const auto &e : s.elements)
        ordered.append(&e);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const CardElement *a, const CardElement *b) { return a->z < b->z; });
    for (const CardElement *e : ordered)
        drawElement(c, *e);

    if (options.testFlag(Option::ShowKeepOutZones)) {
        for (const auto &zone : layout.keepOutZones(side))
            shadeKeepOut(c, zone);
    }
    painter.restore();
}

} // namespace Club::Devices
