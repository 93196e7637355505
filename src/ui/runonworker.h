// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace stadtlabor {

// QtConcurrent::run with QtCore alone: `work` runs on the global thread pool, its result
// arrives through the returned future (watch it with a QFutureWatcher).
template<typename Work> auto runOnWorker(Work work) -> QFuture<decltype(work())>
{
    auto promise = std::make_shared<QPromise<decltype(work())>>();
    QFuture<decltype(work())> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace stadtlabor
