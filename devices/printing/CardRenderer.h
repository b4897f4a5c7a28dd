// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/CardLayout.h"

#include <QFlags>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace Club::Devices {

// Paints one side of a card with any QPainter (QImage preview, QPdfWriter, the UI's QPrinter).
// Everything is placed in device pixels computed from millimetres, so barcodes get whole
// pixels per module and text is sized in real points on every device.
class CardRenderer
{
public:
    enum class Option {
        None = 0,
        ShowKeepOutZones = 0x1, // preview only: shade the stripe band and other keep-out areas
    };
    Q_DECLARE_FLAGS(Options, Option)

    // Draws the card into `target` (painter coordinates). The painter's transform may scale
    // and translate; a rotated painter gets a 300 dpi raster of the card instead.
    static void render(QPainter &painter,
                       const QRectF &target,
                       const CardLayout &layout,
                       CardSide side,
                       const CardFields &fields,
                       Options options = Option::None);

    // 1012 x 638 pixels at 300 dpi (the card rounded up to whole pixels), dpi recorded.
    static QImage renderImage(const CardLayout &layout,
                              CardSide side,
                              const CardFields &fields,
                              int dpi = 300,
                              Options options = Option::None);
    static QSize imageSize(int dpi);
};

} // namespace Club::Devices

Q_DECLARE_OPERATORS_FOR_FLAGS(Club::Devices::CardRenderer::Options)
