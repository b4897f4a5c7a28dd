// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <Qt>

namespace Club::Devices {

// What a receipt says, as a list of blocks, independent of the printer's width. Strings
// arrive translated (the UI translates); digits are printed as given.
class Receipt
{
public:
    // Logical sides: under RightToLeft, Leading is the right edge.
    enum class Align { Leading, Center, Trailing };

    struct Block
    {
        enum class Kind { Title, Text, Row, Separator, Qr, Feed };
        Kind kind = Kind::Text;
        QString text;  // Title, Text; the label of a Row
        QString value; // the value of a Row, at the trailing side
        Align align = Align::Leading;
        bool bold = false;
        bool doubleSize = false;
        QByteArray qrData; // Qr: encoded as given (UTF-8 for text)
        int lines = 1;     // Feed: blank lines of the normal text height
    };

    Receipt() = default;
    Receipt(Qt::LayoutDirection direction, const QString &fontFamily);

    Qt::LayoutDirection direction() const { return m_direction; }
    void setDirection(Qt::LayoutDirection direction) { m_direction = direction; }
    QString fontFamily() const { return m_fontFamily; }
    void setFontFamily(const QString &family) { m_fontFamily = family; }

    // Centred, bold, double size.
    Receipt &addTitle(const QString &text);
    Receipt &addText(const QString &text, Align align = Align::Leading, bool bold = false, bool doubleSize = false);
    // Label at the leading side, value at the trailing side ("Earned" … "+120"). The value
    // keeps its own reading direction (from its first strong character, else left to right),
    // so "+۱۲۰" prints with the sign first on an RTL receipt too.
    Receipt &addRow(const QString &label, const QString &value, bool bold = false);
    Receipt &addSeparator();
    Receipt &addQr(const QByteArray &data);
    Receipt &addFeed(int lines = 1);

    const QList<Block> &blocks() const { return m_blocks; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    QList<Block> m_blocks;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    QString m_fontFamily;
};

} // namespace Club::Devices
