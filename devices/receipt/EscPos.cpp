// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt/EscPos.h"

#include <QImage>

#include <algorithm>

namespace Club::Devices::EscPos {

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(int(values.size()));
    for (int v : values)
        out.append(char(v & 0xff));
    return out;
}

} // namespace

QByteArray init()
{
    return bytes({0x1B, 0x40});
}

QByteArray feed(int lines)
{
    return bytes({0x1B, 0x64, std::clamp(lines, 0, 255)});
}

QByteArray cut(Cut kind)
{
    return bytes({0x1D, 0x56, kind == Cut::Partial ? 0x01 : 0x00});
}

QByteArray drawerPulse(int pin, quint8 onTime, quint8 offTime)
{
    return bytes({0x1B, 0x70, pin == 0 ? 0x00 : 0x01, onTime, offTime});
}

QByteArray statusRequest()
{
    return bytes({0x10, 0x04, 0x01});
}

QByteArray rasterRow(const QImage &image, int y)
{
    const int widthBytes = (image.width() + 7) / 8;
    QByteArray row(widthBytes, '\0');
    for (int x = 0; x < image.width(); ++x) {
        if (qGray(image.pixel(x, y)) < 128)
            row[x / 8] = char(uchar(row[x / 8]) | (0x80 >> (x % 8)));
    }
    return row;
}

QByteArray raster(const QImage &image, int maxBandRows)
{
    QByteArray out;
    if (image.isNull() || image.width() == 0 || image.height() == 0)
        return out;
    // yL yH can say up to 65535, but a band must fit the printer's receive buffer.
    const int bandRows = std::clamp(maxBandRows, 1, 0xffff);
    const int widthBytes = (image.width() + 7) / 8;
    for (int top = 0; top < image.height(); top += bandRows) {
        const int rows = std::min(bandRows, image.height() - top);
        out.append(bytes({0x1D, 0x76, 0x30, 0x00, widthBytes & 0xff, widthBytes >> 8, rows & 0xff, rows >> 8}));
        for (int y = top; y < top + rows; ++y)
            out.append(rasterRow(image, y));
    }
    return out;
}

QByteArray receiptJob(const QImage &image, int feedLines, Cut cutKind)
{
    QByteArray out = init();
    out.append(raster(image));
    out.append(feed(feedLines));
    out.append(cut(cutKind));
    return out;
}

} // namespace Club::Devices::EscPos
