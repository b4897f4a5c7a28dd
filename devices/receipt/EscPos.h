// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QImage;

namespace Club::Devices::EscPos {

// ESC/POS byte sequences (DEVICES.md §5). Text is never sent as characters: most printers
// lack Arabic-script code pages, so receipts go out as raster images.

enum class Cut { Full, Partial };

QByteArray init();                          // 1B 40
QByteArray feed(int lines);                 // 1B 64 n, n clamped to 0..255
QByteArray cut(Cut kind);                   // 1D 56 00 (full) / 01 (partial)
// Cash drawer kick on connector pin 2 (pin 0) or pin 5 (pin 1); t1/t2 in units of 2 ms.
QByteArray drawerPulse(int pin, quint8 onTime, quint8 offTime); // 1B 70 m t1 t2
QByteArray statusRequest();                 // 10 04 01 (printer status)

// GS v 0 raster, split into bands of at most maxBandRows rows (printers have small
// buffers). A pixel is black when its grey value is below 128; the width is padded with
// white to whole bytes; MSB = leftmost pixel, 1 = black.
QByteArray raster(const QImage &image, int maxBandRows = 255);

// One pixel row as raster bytes (what raster() sends for row y).
QByteArray rasterRow(const QImage &image, int y);

// init, the raster, feed, cut: what a receipt print job is.
QByteArray receiptJob(const QImage &image, int feedLines = 4, Cut cutKind = Cut::Partial);

} // namespace Club::Devices::EscPos
