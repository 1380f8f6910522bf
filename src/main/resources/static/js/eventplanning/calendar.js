// The event calendar (FullCalendar from its WebJar): month and week views fed by /events/calendar/feed.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('event-calendar');
    if (!element || !window.FullCalendar) {
      return;
    }
    var calendar = new window.FullCalendar.Calendar(element, {
      initialView: 'dayGridMonth',
      initialDate: element.getAttribute('data-initial-date') || undefined,
      timeZone: element.getAttribute('data-zone') || 'local',
      firstDay: 1,
      height: 'auto',
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek' },
      buttonText: { today: 'Today', month: 'Month', week: 'Week' },
      events: { url: element.getAttribute('data-feed') },
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false }
    });
    calendar.render();
  });
})();
