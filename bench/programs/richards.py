"""Richards: Martin Richards' operating-system task scheduler simulation.

Six tasks (idle, worker, two handlers, two devices) pass packets to one another
under a priority scheduler. Exercises classes with inheritance and overridden
methods, attribute access on instances, linked lists of objects, bit
operations and many small method calls. Each run must queue 23246 packets and
hold tasks 9297 times (the benchmark's own self-check).
"""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 1000, 1001
DATA_SIZE = 4

PACKET_PENDING = 1
WAITING = 2
HELD = 4

LETTERS = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, head):
        """Appends this packet to the list starting at head; returns the new head."""
        self.link = None
        if head is None:
            return self
        p = head
        while p.link is not None:
            p = p.link
        p.link = self
        return head


class Scheduler:
    def __init__(self):
        self.table = [None] * 11
        self.tasks = None       # linked through Task.next, highest priority first
        self.current = None
        self.current_id = 0
        self.queued = 0
        self.holds = 0

    def add(self, task):
        self.table[task.ident] = task
        task.next = self.tasks
        self.tasks = task

    def find(self, ident):
        task = self.table[ident] if 1 <= ident <= 10 else None
        if task is None:
            raise ValueError(f"bad task id {ident}")
        return task

    def run(self):
        task = self.tasks
        while task is not None:
            if task.state == PACKET_PENDING | WAITING:
                packet = task.queue
                task.queue = packet.link
                task.state = PACKET_PENDING if task.queue is not None else 0
            elif task.state & (HELD | WAITING):
                task = task.next
                continue
            else:
                packet = None
            self.current = task
            self.current_id = task.ident
            task = task.step(packet)

    # services the tasks call; each returns the task to run next

    def wait(self):
        self.current.state |= WAITING
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.state |= HELD
        return self.current.next

    def release(self, ident):
        task = self.find(ident)
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        task = self.find(packet.dest)
        self.queued += 1
        packet.link = None
        packet.dest = self.current_id
        if task.queue is None:
            task.queue = packet
            task.state |= PACKET_PENDING
            if task.priority > self.current.priority:
                return task
        else:
            task.queue = packet.append_to(task.queue)
        return self.current


class Task:
    def __init__(self, scheduler, ident, priority, queue, state):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = None
        scheduler.add(self)

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None, 0)
        self.control = 1
        self.count = count

    def step(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control = (self.control >> 1) & 0x7FFF
            return s.release(DEVICE_A)
        self.control = ((self.control >> 1) & 0x7FFF) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue, PACKET_PENDING | WAITING)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait()
        self.destination = HANDLER_A + HANDLER_B - self.destination
        packet.dest = self.destination
        packet.count = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = LETTERS[self.letter]
        return s.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, PACKET_PENDING | WAITING)
        self.work = None
        self.devices = None

    def step(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.count
            if n >= DATA_SIZE:
                self.work = work.link
                return s.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.count = work.data[n]
                work.count = n + 1
                return s.send(device)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, WAITING)
        self.pending = None

    def step(self, packet):
        s = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return s.wait()
            self.pending = None
            return s.send(pending)
        self.pending = packet
        return s.hold_self()


def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queued, s.holds


def main(iterations):
    total_queued = total_holds = 0
    for _ in range(iterations):
        queued, holds = run_once(10000)
        if (queued, holds) != (23246, 9297):
            print(f"wrong result: queued {queued}, holds {holds}")
            sys.exit(1)
        total_queued += queued
        total_holds += holds
    print(f"richards x{iterations}: queued {total_queued}, holds {total_holds}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
