// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/CardLayout.h"

#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace Club::Devices {

struct CardPrintItem
{
    CardLayout layout;
    CardFields fields;
    // Text for printers whose driver encodes the magstripe from the print job, e.g. Fargo
    // and Datacard "~1%TRACK1?" or Zebra "~1TRACK1". Empty: nothing is added.
    QString printerEscape;
};

// A batch of cards as CR80 pages (zero margins): front then back of each card, or fronts
// only. Works on any QPagedPaintDevice: QPdfWriter here, the UI's QPrinter for a real printer.
//
// The printer escape text is drawn as small white text at the page origin of the card's
// last printed side (the back, or the front when only fronts are printed). Card printer
// drivers (Fargo, Datacard, Zebra, Evolis) scan the job's text stream for their escape
// prefix, encode the stripe with what follows and leave the text off the card. With any
// other printer it ends up as invisible white ink, so do not set it for plain printers.
class CardPrintJob
{
public:
    enum class Sides { FrontAndBack, FrontOnly };
    enum class Error { None, NoCards, CannotStartPainting, CannotStartPage };

    void setSides(Sides sides) { m_sides = sides; }
    Sides sides() const { return m_sides; }

    void addCard(const CardLayout &layout, const CardFields &fields, const QString &printerEscape = {});
    const QList<CardPrintItem> &cards() const { return m_cards; }
    int pageCount() const;

    // CR80 as card printer drivers list it (53.98 x 85.60 mm portrait, turned to landscape).
    static QPageLayout pageLayout();

    // Sets the device's page layout, then paints every page.
    Error print(QPagedPaintDevice &device) const;
    Error writePdf(const QString &path, const QString &title = {}) const;

private:
    Sides m_sides = Sides::FrontAndBack;
    QList<CardPrintItem> m_cards;
};

} // namespace Club::Devices
