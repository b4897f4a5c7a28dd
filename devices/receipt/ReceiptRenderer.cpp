// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt/ReceiptRenderer.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QTextOption>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace Club::Devices {

namespace {

using Block = Receipt::Block;

constexpr int BlockGap = 4;        // dots between blocks
constexpr int QrQuietModules = 4;  // white border the QR standard asks for
constexpr int QrMaxModuleDots = 8;

Qt::Alignment visualAlignment(Receipt::Align align, Qt::LayoutDirection direction)
{
    // Qt::AlignLeading equals AlignLeft; map logical sides to screen sides ourselves.
    const bool rtl = direction == Qt::RightToLeft;
    switch (align) {
    case Receipt::Align::Leading:
        return rtl ? Qt::AlignRight : Qt::AlignLeft;
    case Receipt::Align::Trailing:
        return rtl ? Qt::AlignLeft : Qt::AlignRight;
    case Receipt::Align::Center:
        break;
    }
    return Qt::AlignHCenter;
}

QTextOption textOption(Qt::Alignment horizontal, Qt::LayoutDirection direction)
{
    QTextOption option(horizontal | Qt::AlignAbsolute | Qt::AlignTop);
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

QImage threshold(const QImage &grey)
{
    QImage mono(grey.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0);
    const int dotsPerMeter = qRound(ReceiptRenderer::Dpi / 0.0254);
    mono.setDotsPerMeterX(dotsPerMeter);
    mono.setDotsPerMeterY(dotsPerMeter);
    for (int y = 0; y < grey.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(grey.constScanLine(y));
        for (int x = 0; x < grey.width(); ++x) {
            if (qGray(line[x]) < 128)
                mono.setPixel(x, y, 1);
        }
    }
    return mono;
}

} // namespace

ReceiptRenderer::ReceiptRenderer(int widthDots)
    : m_width(widthDots)
{
}

std::optional<ReceiptRenderer::QrMatrix> ReceiptRenderer::encodeQr(const QByteArray &data)
{
    if (data.isEmpty())
        return std::nullopt;
    // Version 0 = smallest that fits; level M survives a scuffed receipt.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix matrix;
    matrix.side = code->width;
    matrix.modules.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.modules[i] = (code->data[i] & 1) != 0; // bit 0 = dark module
    return matrix;
}

std::optional<int> ReceiptRenderer::layout(const Receipt &receipt, QPainter *painter) const
{
    const Qt::LayoutDirection direction = receipt.direction();
    const int contentWidth = m_width - 2 * m_margin;
    QFont baseFont;
    if (!receipt.fontFamily().isEmpty())
        baseFont.setFamily(receipt.fontFamily());
    baseFont.setPixelSize(m_textPixelSize);
    baseFont.setHintingPreference(QFont::PreferFullHinting);

    // The measuring pass runs on a tiny image so both passes use the same font metrics.
    QImage scratch(1, 1, QImage::Format_RGB32);
    QPainter measurer;
    QPainter *p = painter;
    if (!p) {
        measurer.begin(&scratch);
        p = &measurer;
    }
    p->setLayoutDirection(direction);

    const auto fontFor = [&](const Block &block) {
        QFont font = baseFont;
        font.setBold(block.bold);
        if (block.doubleSize)
            font.setPixelSize(m_textPixelSize * 2);
        return font;
    };

    int y = m_margin;
    for (const Block &block : receipt.blocks()) {
        switch (block.kind) {
        case Block::Kind::Title:
        case Block::Kind::Text: {
            p->setFont(fontFor(block));
            const QTextOption option = textOption(visualAlignment(block.align, direction), direction);
            const QRectF area(m_margin, y, contentWidth, 1e6);
            const QRectF used = p->boundingRect(area, block.text, option);
            if (painter)
                p->drawText(area, block.text, option);
            y += qCeil(used.height());
            break;
        }
        case Block::Kind::Row: {
            p->setFont(fontFor(block));
            const QFontMetrics metrics(p->font());
            const int gap = m_textPixelSize;
            const int valueWidth = std::min(metrics.horizontalAdvance(block.value), contentWidth / 2);
            const int labelWidth = contentWidth - valueWidth - gap;
            const bool rtl = direction == Qt::RightToLeft;
            const QRectF labelArea(rtl ? m_margin + valueWidth + gap : m_margin, y, labelWidth, 1e6);
            const QRectF valueArea(rtl ? m_margin : m_margin + contentWidth - valueWidth, y, valueWidth, 1e6);
            const QTextOption labelOption =
                textOption(visualAlignment(Receipt::Align::Leading, direction), direction);
            // Values are mostly numbers ("+۱۲۰", "…۴۵۶۷"): they read in their own direction, so
            // a sign or ellipsis stays where it was written instead of jumping to the other end.
            const Qt::LayoutDirection valueDirection =
                block.value.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
            const QTextOption valueOption =
                textOption(visualAlignment(Receipt::Align::Trailing, direction), valueDirection);
            const QRectF labelUsed = p->boundingRect(labelArea, block.text, labelOption);
            const QRectF valueUsed = p->boundingRect(valueArea, block.value, valueOption);
            if (painter) {
                p->drawText(labelArea, block.text, labelOption);
                p->drawText(valueArea, block.value, valueOption);
            }
            y += qCeil(std::max(labelUsed.height(), valueUsed.height()));
            break;
        }
        case Block::Kind::Separator: {
            const int thickness = 2;
            const int space = m_textPixelSize;
            if (painter) {
                const int lineY = y + (space - thickness) / 2;
                // Dashes, as on printed receipts; 8 dots on, 4 off.
                for (int x = m_margin; x < m_margin + contentWidth; x += 12)
                    p->fillRect(x, lineY, std::min(8, m_margin + contentWidth - x), thickness, Qt::black);
            }
            y += space;
            break;
        }
        case Block::Kind::Qr: {
            const auto matrix = encodeQr(block.qrData);
            if (!matrix)
                return std::nullopt;
            const int withQuiet = matrix->side + 2 * QrQuietModules;
            // About half the width: big enough for phone cameras, leaves paper for text.
            const int module = std::clamp(contentWidth / 2 / withQuiet, 1, QrMaxModuleDots);
            const int side = withQuiet * module;
            const int left = m_margin + (contentWidth - side) / 2;
            if (painter) {
                const int originX = left + QrQuietModules * module;
                const int originY = y + QrQuietModules * module;
                for (int my = 0; my < matrix->side; ++my) {
                    for (int mx = 0; mx < matrix->side; ++mx) {
                        if (matrix->dark(mx, my))
                            p->fillRect(originX + mx * module, originY + my * module, module, module, Qt::black);
                    }
                }
            }
            y += side;
            break;
        }
        case Block::Kind::Feed: {
            p->setFont(baseFont);
            y += block.lines * QFontMetrics(baseFont).lineSpacing();
            break;
        }
        }
        y += BlockGap;
    }
    return y + m_margin;
}

std::optional<QImage> ReceiptRenderer::render(const Receipt &receipt) const
{
    const auto height = layout(receipt, nullptr);
    if (!height)
        return std::nullopt;
    QImage canvas(m_width, std::max(1, *height), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setPen(Qt::black);
        layout(receipt, &painter);
    }
    return threshold(canvas);
}

} // namespace Club::Devices
