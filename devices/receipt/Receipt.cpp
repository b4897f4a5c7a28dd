// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt/Receipt.h"

namespace Club::Devices {

Receipt::Receipt(Qt::LayoutDirection direction, const QString &fontFamily)
    : m_direction(direction)
    , m_fontFamily(fontFamily)
{
}

Receipt &Receipt::addTitle(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Title;
    block.text = text;
    block.align = Align::Center;
    block.bold = true;
    block.doubleSize = true;
    m_blocks.append(block);
    return *this;
}

Receipt &Receipt::addText(const QString &text, Align align, bool bold, bool doubleSize)
{
    Block block;
    block.kind = Block::Kind::Text;
    block.text = text;
    block.align = align;
    block.bold = bold;
    block.doubleSize = doubleSize;
    m_blocks.append(block);
    return *this;
}

Receipt &Receipt::addRow(const QString &label, const QString &value, bool bold)
{
    Block block;
    block.kind = Block::Kind::Row;
    block.text = label;
    block.value = value;
    block.bold = bold;
    m_blocks.append(block);
    return *this;
}

Receipt &Receipt::addSeparator()
{
    Block block;
    block.kind = Block::Kind::Separator;
    m_blocks.append(block);
    return *this;
}

Receipt &Receipt::addQr(const QByteArray &data)
{
    Block block;
    block.kind = Block::Kind::Qr;
    block.qrData = data;
    block.align = Align::Center;
    m_blocks.append(block);
    return *this;
}

Receipt &Receipt::addFeed(int lines)
{
    Block block;
    block.kind = Block::Kind::Feed;
    block.lines = qMax(0, lines);
    m_blocks.append(block);
    return *this;
}

} // namespace Club::Devices
