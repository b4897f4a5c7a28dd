// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/BarcodeMatrix.h"

#include <qrencode.h>
#include <zint.h>

#include <memory>

namespace Club::Devices {

namespace {

BarcodeMatrix failed(BarcodeMatrix::Error error)
{
    BarcodeMatrix m;
    m.error = error;
    return m;
}

BarcodeMatrix encodeCode128(const QByteArray &utf8)
{
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return failed(BarcodeMatrix::Error::EncodingFailed);
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    const int rc =
        ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()));
    if (rc >= ZINT_ERROR || symbol->width <= 0 || symbol->rows != 1)
        return failed(BarcodeMatrix::Error::EncodingFailed);
    BarcodeMatrix m;
    m.columns = symbol->width;
    m.rows = 1;
    m.quietZone = 10;
    m.dark.resize(std::size_t(m.columns));
    // zint packs eight modules per byte, least significant bit first (its module_is_set()).
    for (int x = 0; x < m.columns; ++x)
        m.dark[std::size_t(x)] = (symbol->encoded_data[0][x >> 3] >> (x & 7)) & 1;
    return m;
}

BarcodeMatrix encodeQr(const QByteArray &utf8)
{
    // Mixed-mode split: a card number goes in numeric mode, which keeps the symbol small.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return failed(BarcodeMatrix::Error::EncodingFailed);
    BarcodeMatrix m;
    m.columns = code->width;
    m.rows = code->width;
    m.quietZone = 4;
    m.dark.resize(std::size_t(m.columns) * m.rows);
    // Bit 0 of each byte is the module colour; the other bits describe its role.
    for (std::size_t i = 0; i < m.dark.size(); ++i)
        m.dark[i] = code->data[i] & 1;
    return m;
}

} // namespace

BarcodeMatrix BarcodeMatrix::encode(CardElement::Symbology symbology, const QString &data)
{
    if (data.isEmpty())
        return failed(Error::EmptyData);
    const QByteArray utf8 = data.toUtf8();
    return symbology == CardElement::Symbology::Qr ? encodeQr(utf8) : encodeCode128(utf8);
}

} // namespace Club::Devices
