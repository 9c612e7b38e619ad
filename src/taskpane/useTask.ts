/** One action at a time, with progress and cancel; errors are returned, never swallowed. */
import { useCallback, useRef, useState } from "react";
import type { TaskControl } from "./operations";

export interface TaskState {
  label: string;
  done: number;
  total: number;
}

export type TaskResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface UseTask {
  running: TaskState | null;
  run<T>(label: string, action: (control: TaskControl) => Promise<T>): Promise<TaskResult<T>>;
  cancel(): void;
}

export function useTask(): UseTask {
  const [running, setRunning] = useState<TaskState | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(
      label: string,
      action: (control: TaskControl) => Promise<T>
    ): Promise<TaskResult<T>> => {
      const abort = new AbortController();
      controller.current = abort;
      setRunning({ label, done: 0, total: 0 });
      try {
        const value = await action({
          signal: abort.signal,
          onProgress: (done, total) => setRunning({ label, done, total }),
        });
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error };
      } finally {
        controller.current = null;
        setRunning(null);
      }
    },
    []
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, run, cancel };
}
