// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/Receipt.h"

#include <QImage>

#include <optional>

class QPainter;

namespace Club::Devices {

// Paints a Receipt for a thermal printer: 203 dpi, a fixed dot width, as tall as needed,
// pure black and white (thresholded, never dithered, so text edges stay crisp). Text is
// shaped by Qt with the receipt's font, so Persian and Arabic join correctly.
class ReceiptRenderer
{
public:
    static constexpr int Dpi = 203;
    static constexpr int Width58mm = 384;
    static constexpr int Width80mm = 576;

    explicit ReceiptRenderer(int widthDots = Width80mm);

    int widthDots() const { return m_width; }
    // Blank dots at each side (printers cannot print to the paper's edge anyway).
    void setMargin(int dots) { m_margin = dots; }
    // The normal text size; 24 dots is the height of the printers' own font A.
    void setTextPixelSize(int pixels) { m_textPixelSize = pixels; }

    // A Format_Mono image (index 0 white, 1 black) of widthDots() × the needed height;
    // nullopt when a QR payload is too long to encode.
    std::optional<QImage> render(const Receipt &receipt) const;

    // The QR symbol as modules (true = dark), side × side; nullopt when it cannot be encoded.
    struct QrMatrix
    {
        int side = 0;
        QList<bool> modules;
        bool dark(int x, int y) const { return modules.at(y * side + x); }
    };
    static std::optional<QrMatrix> encodeQr(const QByteArray &data);

private:
    // Walks the blocks; paints when painter is set, always returns the height used.
    std::optional<int> layout(const Receipt &receipt, QPainter *painter) const;

    int m_width;
    int m_margin = 8;
    int m_textPixelSize = 24;
};

} // namespace Club::Devices
