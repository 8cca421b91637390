#include "worker_pool.h"

#include <atomic>
#include <set>
#include <stdexcept>
#include <thread>

#include <catch2/catch.hpp>

TEST_CASE("every job runs once, on the pool's threads") {
  std::atomic<int> sum{0};
  std::mutex m;
  std::set<std::thread::id> threads;
  {
    chibo::WorkerPool pool(3);
    std::vector<std::future<void>> done;
    for (int i = 1; i <= 100; ++i) {
      done.push_back(pool.run([&, i] {
        sum += i;
        std::lock_guard<std::mutex> lock(m);
        threads.insert(std::this_thread::get_id());
      }));
    }
    for (auto& d : done) d.get();
  }
  CHECK(sum == 5050);
  CHECK(threads.size() <= 3);
  CHECK(threads.count(std::this_thread::get_id()) == 0);
}

TEST_CASE("a job's exception reaches its future, and the pool goes on") {
  chibo::WorkerPool pool(2);
  auto bad = pool.run([] { throw std::runtime_error("hỏng"); });
  CHECK_THROWS_WITH(bad.get(), "hỏng");
  int ran = 0;
  pool.run([&] { ran = 1; }).get();
  CHECK(ran == 1);
}

TEST_CASE("the pool finishes the jobs it was given before it is destroyed") {
  std::atomic<int> ran{0};
  {
    chibo::WorkerPool pool(1);
    for (int i = 0; i < 50; ++i) pool.run([&] { ++ran; });
  }
  CHECK(ran == 50);
}
