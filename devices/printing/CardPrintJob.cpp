// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/CardPrintJob.h"

#include "printing/CardRenderer.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace Club::Devices {

namespace {

void drawPrinterEscape(QPainter &painter, const QString &escape)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Real points on the device: the page painter works in device pixels.
    font.setPointSizeF(4);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QPointF(0, QFontMetricsF(font, painter.device()).ascent()), escape);
    painter.restore();
}

} // namespace

void CardPrintJob::addCard(const CardLayout &layout, const CardFields &fields, const QString &printerEscape)
{
    m_cards.append({layout, fields, printerEscape});
}

int CardPrintJob::pageCount() const
{
    return int(m_cards.size()) * (m_sides == Sides::FrontOnly ? 1 : 2);
}

QPageLayout CardPrintJob::pageLayout()
{
    const QPageSize cr80(QSizeF(CardLayout::HeightMm, CardLayout::WidthMm), QPageSize::Millimeter,
                         QStringLiteral("CR80"), QPageSize::ExactMatch);
    return QPageLayout(cr80, QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

CardPrintJob::Error CardPrintJob::print(QPagedPaintDevice &device) const
{
    if (m_cards.isEmpty())
        return Error::NoCards;
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return Error::CannotStartPainting;
    // Zero margins: the paint rect is the whole card, in device pixels.
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    bool firstPage = true;
    for (const auto &card : m_cards) {
        QList<CardSide> sides{CardSide::Front};
        if (m_sides == Sides::FrontAndBack)
            sides.append(CardSide::Back);
        for (const CardSide side : sides) {
            if (!firstPage && !device.newPage()) {
                painter.end();
                return Error::CannotStartPage;
            }
            firstPage = false;
            CardRenderer::render(painter, page, card.layout, side, card.fields);
            if (!card.printerEscape.isEmpty() && side == sides.last())
                drawPrinterEscape(painter, card.printerEscape);
        }
    }
    painter.end();
    return Error::None;
}

CardPrintJob::Error CardPrintJob::writePdf(const QString &path, const QString &title) const
{
    if (m_cards.isEmpty())
        return Error::NoCards;
    QPdfWriter writer(path);
    writer.setResolution(1200);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Customer Club Manager"));
    return print(writer);
}

} // namespace Club::Devices
