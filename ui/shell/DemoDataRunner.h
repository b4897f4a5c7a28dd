// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoData.h"

#include <QCoreApplication>

class QWidget;

namespace Club::Ui {

// Fills a new store with the demo club on a worker thread, with a progress dialog that
// can cancel; returns when the generator has stopped. The generator does all the work
// through the services; this only keeps the window alive and shows how far it got.
class DemoDataRunner
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataRunner)

public:
    struct Outcome
    {
        Core::Status status;
        bool cancelled = false;
        int done = 0;
    };

    static Outcome run(QWidget *parent,
                       Core::Database &db,
                       const Core::Clock &clock,
                       const Core::Actor &actor,
                       const Core::DemoDataGenerator::Options &options = {});
};

} // namespace Club::Ui
