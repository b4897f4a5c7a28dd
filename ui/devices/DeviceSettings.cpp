// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSettings.h"

#include <QSettings>

namespace Club::Ui {

namespace {
QString modelKey(DeviceSettings::EncoderModel model)
{
    switch (model) {
    case DeviceSettings::EncoderModel::Msr605:
        return QStringLiteral("msr605");
    case DeviceSettings::EncoderModel::Msr206:
        return QStringLiteral("msr206");
    case DeviceSettings::EncoderModel::None:
        break;
    }
    return QStringLiteral("none");
}

DeviceSettings::EncoderModel modelFromKey(const QString &key)
{
    if (key == QLatin1String("msr605"))
        return DeviceSettings::EncoderModel::Msr605;
    if (key == QLatin1String("msr206"))
        return DeviceSettings::EncoderModel::Msr206;
    return DeviceSettings::EncoderModel::None;
}
} // namespace

DeviceSettings DeviceSettings::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("devices"));
    DeviceSettings d;
    d.readerPattern = s.value(QStringLiteral("reader/pattern"), d.readerPattern).toString();
    d.tapToOpen = s.value(QStringLiteral("reader/tapToOpen"), d.tapToOpen).toBool();
    d.wedgeReader = s.value(QStringLiteral("wedge/enabled"), d.wedgeReader).toBool();
    d.encoderModel = modelFromKey(s.value(QStringLiteral("encoder/model")).toString());
    d.encoderPort = s.value(QStringLiteral("encoder/port")).toString();
    d.encoderHiCo = s.value(QStringLiteral("encoder/hiCo"), d.encoderHiCo).toBool();
    d.receiptPort = s.value(QStringLiteral("receipt/port")).toString();
    d.receiptBaud = s.value(QStringLiteral("receipt/baud"), d.receiptBaud).toInt();
    d.receiptWidthDots = s.value(QStringLiteral("receipt/widthDots"), d.receiptWidthDots).toInt();
    if (d.receiptWidthDots != 384 && d.receiptWidthDots != 576)
        d.receiptWidthDots = 576;
    return d;
}

void DeviceSettings::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("devices"));
    s.setValue(QStringLiteral("reader/pattern"), readerPattern);
    s.setValue(QStringLiteral("reader/tapToOpen"), tapToOpen);
    s.setValue(QStringLiteral("wedge/enabled"), wedgeReader);
    s.setValue(QStringLiteral("encoder/model"), modelKey(encoderModel));
    s.setValue(QStringLiteral("encoder/port"), encoderPort);
    s.setValue(QStringLiteral("encoder/hiCo"), encoderHiCo);
    s.setValue(QStringLiteral("receipt/port"), receiptPort);
    s.setValue(QStringLiteral("receipt/baud"), receiptBaud);
    s.setValue(QStringLiteral("receipt/widthDots"), receiptWidthDots);
}

} // namespace Club::Ui
