"use client";
// My tasks on the "my work" page: rendered by the server, refreshed after a change.
import { useRouter } from "~/server/i18n/navigation";
import { TaskRow, type TaskView } from "./task-row";

export function MyTaskList({ items }: { items: TaskView[] }) {
  const router = useRouter();
  return (
    <ul className="flex flex-col gap-2">
      {items.map((task) => (
        <li key={task.id}>
          <TaskRow task={task} showSubject onChanged={() => router.refresh()} />
        </li>
      ))}
    </ul>
  );
}
